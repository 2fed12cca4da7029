using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Infrastructure.Jobs;

/// <summary>
/// Database leases for background jobs: a job runs a pass only while this instance holds its lease. Taking and renewing
/// are single conditional UPDATEs (or one INSERT that only one instance can win), so two servers never hold one lease.
/// </summary>
public sealed class JobLeaseService(IDbContextFactory<ComplianceDbContext> dbFactory, TimeProvider clock, InstanceIdentity instance)
{
    public string Holder => instance.Name;

    /// <summary>Takes or renews the lease for <paramref name="duration"/>; false when another live instance holds it.</summary>
    public async Task<bool> TryAcquireAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == instance.Name || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, instance.Name).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease { Name = job, Holder = instance.Name, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted the lease first
        }
    }

    /// <summary>Records a finished pass, only if this instance still holds the lease.</summary>
    public async Task CompletedAsync(string job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.JobLeases.Where(l => l.Name == job && l.Holder == instance.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastRunAt, now), cancellationToken);
    }

    /// <summary>Gives the lease up at shutdown so another instance takes over at its next tick instead of after expiry.</summary>
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.JobLeases.Where(l => l.Name == job && l.Holder == instance.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTimeOffset.MinValue.ToUniversalTime()), cancellationToken);
    }
}
