using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LiqunCompliance.Web.Data.Interceptors;

/// <summary>
/// Lets one save at a time append to the audit chain, from reading the chain's head until the save has committed.
/// Inside an instance a semaphore does it. Across instances the save's transaction is opened before the head is read:
/// on SQLite that takes the file's write lock, on PostgreSQL a transaction-scoped advisory lock is taken in it (it goes
/// with the transaction, so a failed save can never leave it held). Without this two servers read the same head and the
/// later save fails on the unique Sequence: the chain is never forked, but a user's save is lost.
/// </summary>
public sealed class AuditChainLock
{
    private const string TakeAcrossInstances = "SELECT pg_advisory_xact_lock(5143180)";

    private readonly SemaphoreSlim _local = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, Holder> _holders = [];

    /// <summary>Waits for the chain and opens the save's transaction (unless one is open); on PostgreSQL locks within it.</summary>
    public async Task EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (_holders.TryGetValue(db, out _))
        {
            return;
        }

        await _local.WaitAsync(cancellationToken);
        var holder = new Holder();
        _holders.Add(db, holder);
        try
        {
            // The save's transaction starts before the head is read (SQLite: BEGIN IMMEDIATE takes the file's write lock).
            holder.Transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync(TakeAcrossInstances, cancellationToken);
            }
        }
        catch
        {
            Exit(db, commit: false);
            throw;
        }
    }

    /// <summary>After the save: commits the transaction this lock opened (or rolls it back when the save failed) and lets the next save in.</summary>
    public void Exit(DbContext? db, bool commit)
    {
        if (db is null || !_holders.TryGetValue(db, out var holder))
        {
            return;
        }

        _holders.Remove(db);
        try
        {
            if (holder.Transaction is { } transaction)
            {
                if (commit)
                {
                    transaction.Commit();
                }
                else
                {
                    transaction.Rollback();
                }

                transaction.Dispose();
            }
        }
        finally
        {
            _local.Release();
        }
    }

    private sealed class Holder
    {
        public IDbContextTransaction? Transaction { get; set; }
    }
}
