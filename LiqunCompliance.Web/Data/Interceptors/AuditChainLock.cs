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
            await ExitAsync(db, commit: false);
            throw;
        }
    }

    /// <summary>After a synchronous save: commits the transaction this lock opened (or rolls it back when the save failed) and lets the next save in.</summary>
    public void Exit(DbContext? db, bool commit)
    {
        if (Release(db) is not { } holder)
        {
            return;
        }

        try
        {
            if (holder.Transaction is { } transaction)
            {
                using (transaction)
                {
                    if (commit)
                    {
                        transaction.Commit();
                    }
                    else
                    {
                        transaction.Rollback();
                    }
                }
            }
        }
        finally
        {
            _local.Release();
        }
    }

    /// <summary>
    /// After an asynchronous save: as <see cref="Exit"/>, without blocking a thread on the commit. The commit is not
    /// cancellable: once the rows are written, a cancelled request must not leave the save half-decided.
    /// </summary>
    public async Task ExitAsync(DbContext? db, bool commit)
    {
        if (Release(db) is not { } holder)
        {
            return;
        }

        try
        {
            if (holder.Transaction is { } transaction)
            {
                await using (transaction)
                {
                    if (commit)
                    {
                        await transaction.CommitAsync(CancellationToken.None);
                    }
                    else
                    {
                        await transaction.RollbackAsync(CancellationToken.None);
                    }
                }
            }
        }
        finally
        {
            _local.Release();
        }
    }

    /// <summary>The holder of this context's turn, removed so the turn ends once; null when the context holds none.</summary>
    private Holder? Release(DbContext? db)
    {
        if (db is null || !_holders.TryGetValue(db, out var holder))
        {
            return null;
        }

        _holders.Remove(db);
        return holder;
    }

    private sealed class Holder
    {
        public IDbContextTransaction? Transaction { get; set; }
    }
}
