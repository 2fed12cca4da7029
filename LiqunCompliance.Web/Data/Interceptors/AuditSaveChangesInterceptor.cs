using System.Runtime.CompilerServices;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LiqunCompliance.Web.Data.Interceptors;

/// <summary>
/// Records every insert, update and delete as an audit record in the same SaveChanges, then seals
/// every new audit record into the hash chain. Audit records themselves can only be added.
/// </summary>
internal sealed class AuditSaveChangesInterceptor(CurrentUser currentUser, TimeProvider clock, AuditChainLock chainLock, ReferenceAllocator sequences, AuditSealKey sealKey) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        AppendAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await AppendAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        chainLock.Exit(eventData?.Context as ComplianceDbContext, commit: true);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await chainLock.ExitAsync(eventData?.Context as ComplianceDbContext, commit: true);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => chainLock.Exit(eventData?.Context as ComplianceDbContext, commit: false);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        chainLock.ExitAsync(eventData?.Context as ComplianceDbContext, commit: false);

    // A concurrency failure reaches none of these (EF reports it to ThrowingConcurrencyException, while the batch's reader is
    // still open, too early to roll back): ComplianceDbContext.SaveChanges ends the turn once the exception has left EF.
    public override void SaveChangesCanceled(DbContextEventData eventData) => chainLock.Exit(eventData?.Context as ComplianceDbContext, commit: false);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        chainLock.ExitAsync(eventData?.Context as ComplianceDbContext, commit: false);

    private async ValueTask AppendAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not ComplianceDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var unsealed = new List<AuditRecord>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case AuditRecord record:
                    if (entry.State is EntityState.Modified or EntityState.Deleted)
                    {
                        throw new InvalidOperationException("Audit records are append-only.");
                    }

                    if (entry.State == EntityState.Added && !record.IsSealed)
                    {
                        record.OccurredAt = now;
                        unsealed.Add(record);
                    }

                    break;
                case DataProtectionKey:
                case JobLease: // operational bookkeeping of the background jobs, not a record of the office's work
                    break;
                default:
                    var change = AuditChangeBuilder.Build(entry, now, currentUser.Id, currentUser.Name);
                    if (change is not null)
                    {
                        db.AuditRecords.Add(change);
                        unsealed.Add(change);
                    }

                    break;
            }
        }

        if (unsealed.Count > 0)
        {
            await SealAsync(db, unsealed, cancellationToken);
        }
    }

    /// <summary>The counter row that holds the chain's high-water mark.</summary>
    public const string ChainSeries = "audit-chain";

    private async Task SealAsync(ComplianceDbContext db, List<AuditRecord> records, CancellationToken cancellationToken)
    {
        await chainLock.EnterAsync(db, cancellationToken);

        // From here the context holds the chain; ComplianceDbContext's SaveChanges ends the turn if anything below throws.
        var head = await db.AuditRecords.AsNoTracking()
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(cancellationToken);

        // Sequence numbers come from a high-water mark, never from the last stored record: if the chain's tail were cut,
        // the next record would not reuse a removed number, and the gap shows.
        var stored = (int)(head?.Sequence ?? 0);
        var first = await sequences.TakeRangeAsync(db, ChainSeries, records.Count, _ => Task.FromResult(stored), cancellationToken);
        if (first <= stored)
        {
            // Records were written past the mark by other means (a bulk load): continue after them.
            await sequences.RaiseAsync(db, ChainSeries, stored + records.Count, cancellationToken);
            first = stored + 1;
        }

        long sequence = first - 1;
        var previousHash = head?.Hash ?? AuditChain.GenesisHash;
        foreach (var record in records)
        {
            record.Sequence = ++sequence;
            record.PreviousHash = previousHash;
            record.Hash = AuditChain.ComputeHash(record.ToContent(), previousHash);
            record.Seal = AuditChain.SealOf(record.Hash, sealKey.Key);
            previousHash = record.Hash;
        }
    }
}
