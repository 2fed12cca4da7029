using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LiqunCompliance.Tests.Web.Jobs;

/// <summary>Two web servers on one database: a job's lease is held by one of them at a time.</summary>
public sealed class JobLeaseTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryAcquire_SecondInstanceRefusedUntilTheLeaseExpires()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (a, b) = (Lease(scope, "web-a"), Lease(scope, "web-b"));
        var minute = TimeSpan.FromMinutes(1);

        (await a.TryAcquireAsync("job-1", minute, Ct)).ShouldBeTrue();
        (await b.TryAcquireAsync("job-1", minute, Ct)).ShouldBeFalse();
        (await a.TryAcquireAsync("job-1", minute, Ct)).ShouldBeTrue("the holder renews");
        (await b.TryAcquireAsync("job-2", minute, Ct)).ShouldBeTrue("leases are per job");

        _clock.Advance(TimeSpan.FromSeconds(61));
        (await b.TryAcquireAsync("job-1", minute, Ct)).ShouldBeTrue("an expired lease passes to the next instance");
        (await a.TryAcquireAsync("job-1", minute, Ct)).ShouldBeFalse("the old holder has lost it");
    }

    [Fact]
    public async Task Release_LetsTheOtherInstanceTakeOverAtOnce_AndCompletedIsRecordedOnlyByTheHolder()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (a, b) = (Lease(scope, "web-a"), Lease(scope, "web-b"));
        var hour = TimeSpan.FromHours(1);

        (await a.TryAcquireAsync("job-3", hour, Ct)).ShouldBeTrue();
        await b.CompletedAsync("job-3", Ct);
        (await LeaseRowAsync(scope, "job-3")).LastRunAt.ShouldBeNull();
        await a.CompletedAsync("job-3", Ct);
        (await LeaseRowAsync(scope, "job-3")).LastRunAt.ShouldBe(_clock.GetUtcNow());

        await a.ReleaseAsync("job-3", Ct);
        (await b.TryAcquireAsync("job-3", hour, Ct)).ShouldBeTrue();
        (await LeaseRowAsync(scope, "job-3")).Holder.ShouldBe("web-b");
    }

    [Fact]
    public async Task TryAcquire_ManyInstancesAtOnce_ExactlyOneWins()
    {
        var attempts = Enumerable.Range(0, 6).Select(async i =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await Lease(scope, $"web-{i}").TryAcquireAsync("job-race", TimeSpan.FromMinutes(5), Ct);
        });

        (await Task.WhenAll(attempts)).Count(won => won).ShouldBe(1);
    }

    private JobLeaseService Lease(AsyncServiceScope scope, string instance) => new(
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>(), _clock,
        new InstanceIdentity(new ConfigurationBuilder().AddInMemoryCollection([new("Instance:Name", instance)]).Build()));

    private static async Task<JobLease> LeaseRowAsync(AsyncServiceScope scope, string job)
    {
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync(Ct);
        return await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == job, Ct);
    }
}
