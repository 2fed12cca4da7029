using LiqunCompliance.Domain.Common;
using LiqunCompliance.Web.Infrastructure.Jobs;

namespace LiqunCompliance.Web.Features.Policies;

public sealed class PolicyPublishingOptions
{
    /// <summary>Whether the background job runs (tests turn it off and call the publisher themselves).</summary>
    public bool Scheduled { get; set; } = true;

    /// <summary>How often the job looks for approved revisions whose effective date (Asia/Shanghai) has come.</summary>
    public int IntervalSeconds { get; set; } = 60;
}

/// <summary>
/// Publishes approved revisions on their effective date. State lives in the database, so a restart loses nothing:
/// the first run after start-up publishes whatever fell due while the app was down.
/// </summary>
public sealed partial class ScheduledPolicyPublisher(
    IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<PolicyPublishingOptions> options, ILogger<ScheduledPolicyPublisher> logger)
    : LeasedBackgroundJob(scopes, clock, logger)
{
    protected override string JobName => "policy-publisher";

    protected override bool Enabled => options.Value.Scheduled;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(5, options.Value.IntervalSeconds));

    protected override Task RunPassAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    /// <summary>One pass: publishes what is due today (Asia/Shanghai).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<PolicyPublisher>().PublishDueAsync(ChinaTime.Today(Clock), cancellationToken);
        if (published > 0)
        {
            LogPublished(logger, published);
        }

        return published;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled publishing: {Count} policy revision(s) took effect")]
    private static partial void LogPublished(ILogger logger, int count);
}
