namespace LiqunCompliance.Web.Infrastructure.Jobs;

/// <summary>
/// A periodic background job that runs a pass only while this instance holds the job's database lease, so that with
/// several web servers exactly one runs it. The passes themselves stay idempotent (unique rows, state in the database),
/// which covers the moment a lease changes hands.
/// </summary>
public abstract partial class LeasedBackgroundJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected IServiceScopeFactory Scopes => scopes;

    protected TimeProvider Clock => clock;

    /// <summary>The lease's name, one per job.</summary>
    protected abstract string JobName { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass of the job (public on the job so tests can run it directly).</summary>
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        // Held for two intervals and renewed every tick: a stopped holder is replaced within two intervals.
        var leaseFor = Interval * 2 + TimeSpan.FromSeconds(5);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeaseService>();
                if (await leases.TryAcquireAsync(JobName, leaseFor, stoppingToken))
                {
                    await RunPassAsync(stoppingToken);
                    await leases.CompletedAsync(JobName, stoppingToken);
                    LogPass(logger, JobName, leases.Holder);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(logger, JobName, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!Enabled)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLeaseService>().ReleaseAsync(JobName, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogFailed(logger, JobName, failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Background job {Job} ran on {Holder}")]
    private static partial void LogPass(ILogger logger, string job, string holder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {Job} failed; it will try again at the next tick")]
    private static partial void LogFailed(ILogger logger, string job, Exception failure);
}
