using System.Diagnostics;
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
/// <remarks>
/// The turn is held by the context (<see cref="ComplianceDbContext.ChainTurn"/>) and ended on every path: committed when
/// the save succeeds (interceptor), rolled back by the context's own SaveChanges when anything else happens (a concurrency
/// failure, which EF reports to no failure interceptor; an exception before the database is reached; cancellation), and
/// by the context's disposal as a last resort. A save waits at most <see cref="WaitLimit"/> for its turn, then fails with
/// <see cref="WritePathBusyException"/> instead of hanging.
/// </remarks>
public sealed class AuditChainLock(TimeSpan waitLimit)
{
    /// <summary>How long a save waits for the chain by default before it fails with a clear message.</summary>
    public static readonly TimeSpan DefaultWaitLimit = TimeSpan.FromSeconds(15);

    private const string TakeAcrossInstances = "SELECT pg_advisory_xact_lock(5143180)";

    private readonly SemaphoreSlim _local = new(1, 1);
    private long _heldSince; // Stopwatch timestamp of the current turn's start; 0 when free

    public AuditChainLock()
        : this(DefaultWaitLimit)
    {
    }

    public TimeSpan WaitLimit { get; } = waitLimit;

    /// <summary>How long the current turn has been held (zero when the chain is free): the health check's measure of a stuck write path.</summary>
    public TimeSpan HeldFor => Interlocked.Read(ref _heldSince) is var since and > 0 ? Stopwatch.GetElapsedTime(since) : TimeSpan.Zero;

    /// <summary>Waits for the chain and opens the save's transaction (unless one is open); on PostgreSQL locks within it.</summary>
    /// <exception cref="WritePathBusyException">The chain stayed held longer than <see cref="WaitLimit"/>.</exception>
    public async Task EnterAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.ChainTurn is not null)
        {
            return;
        }

        if (!await _local.WaitAsync(WaitLimit, cancellationToken))
        {
            throw new WritePathBusyException(WaitLimit);
        }

        Interlocked.Exchange(ref _heldSince, Stopwatch.GetTimestamp());
        var turn = new Turn(this);
        db.ChainTurn = turn;
        try
        {
            // The save's transaction starts before the head is read (SQLite: BEGIN IMMEDIATE takes the file's write lock).
            turn.Transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
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

    /// <summary>
    /// Holds the chain for several saves that must land together or not at all (a user's name, roles and stamp; a
    /// check that must still hold when the write commits, such as "another Administrator remains"). Every other write
    /// waits meanwhile, so keep it short. Commit with <see cref="HeldTurn.CommitAsync"/>; disposing without it rolls back.
    /// </summary>
    /// <exception cref="WritePathBusyException">The chain stayed held longer than <see cref="WaitLimit"/>.</exception>
    public async Task<HeldTurn> HoldAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.ChainTurn is not null || db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A held turn starts on a context with no save or transaction under way.");
        }

        await EnterAsync(db, cancellationToken);
        db.ChainTurn!.Held = true;
        return new HeldTurn(this, db);
    }

    /// <summary>After a synchronous save: commits the transaction this lock opened (or rolls it back when the save failed) and lets the next save in.</summary>
    public void Exit(ComplianceDbContext? db, bool commit)
    {
        if (db?.ChainTurn is { Held: true })
        {
            return;
        }

        if (Take(db) is { } turn)
        {
            turn.End(commit);
        }
    }

    /// <summary>
    /// After an asynchronous save: as <see cref="Exit"/>, without blocking a thread on the commit. The commit is not
    /// cancellable: once the rows are written, a cancelled request must not leave the save half-decided.
    /// </summary>
    public Task ExitAsync(ComplianceDbContext? db, bool commit) =>
        db?.ChainTurn is { Held: true } ? Task.CompletedTask : Take(db) is { } turn ? turn.EndAsync(commit) : Task.CompletedTask;

    /// <summary>The context's turn, taken from it so the turn ends once; null when the context holds none.</summary>
    private static Turn? Take(ComplianceDbContext? db)
    {
        if (db?.ChainTurn is not { } turn)
        {
            return null;
        }

        db.ChainTurn = null;
        return turn;
    }

    private void Release()
    {
        Interlocked.Exchange(ref _heldSince, 0);
        _local.Release();
    }

    /// <summary>One save's hold on the chain: its transaction (when the lock opened it) and the promise to let the next save in once.</summary>
    public sealed class Turn(AuditChainLock owner)
    {
        private int _ended;

        internal IDbContextTransaction? Transaction { get; set; }

        /// <summary>Held across several saves (<see cref="HoldAsync"/>): the saves do not end it, its holder does.</summary>
        internal bool Held { get; set; }

        internal void End(bool commit)
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1)
            {
                return;
            }

            try
            {
                if (Transaction is { } transaction)
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
                owner.Release();
            }
        }

        internal async Task EndAsync(bool commit)
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1)
            {
                return;
            }

            try
            {
                if (Transaction is { } transaction)
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
                owner.Release();
            }
        }
    }

    /// <summary>A turn held across several saves: <see cref="CommitAsync"/> lands them all; disposing without it rolls them all back.</summary>
    public sealed class HeldTurn : IAsyncDisposable
    {
        private readonly AuditChainLock _owner;
        private readonly ComplianceDbContext _db;
        private bool _ended;

        internal HeldTurn(AuditChainLock owner, ComplianceDbContext db) => (_owner, _db) = (owner, db);

        public Task CommitAsync() => EndAsync(commit: true);

        public async ValueTask DisposeAsync() => await EndAsync(commit: false);

        private Task EndAsync(bool commit)
        {
            if (_ended)
            {
                return Task.CompletedTask;
            }

            _ended = true;
            if (_db.ChainTurn is { } turn)
            {
                turn.Held = false;
            }

            return _owner.ExitAsync(_db, commit);
        }
    }
}
