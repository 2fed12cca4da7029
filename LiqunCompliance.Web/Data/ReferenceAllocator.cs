using LiqunCompliance.Web.Data.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// Gives the next number of a reference series (LQ-2026-000042, INC-2026-0007) without collisions, however many
/// intakes arrive at once and on however many servers.
/// </summary>
/// <remarks>
/// The number is taken inside the save's own transaction, which the audit chain's turn opens (one writer at a time:
/// in-process semaphore, SQLite's write lock, PostgreSQL's advisory lock). The counter row is therefore incremented and
/// the record inserted together or not at all: numbers are consecutive, and a save that fails gives its number back.
/// Taking the chain's turn first keeps the lock order of every save (chain, then database), so this cannot deadlock with
/// an ordinary save. A PostgreSQL SEQUENCE was not used: it is not transactional and leaves gaps an auditor would have
/// to explain. The first number of a series continues from the highest reference already stored in it.
/// </remarks>
public sealed class ReferenceAllocator(AuditChainLock chainLock)
{
    /// <summary>Takes the next number; call it on the context that then adds the record and saves.</summary>
    /// <param name="highestInUse">The highest number already used in the series, read only when the series has no counter yet.</param>
    public Task<int> TakeAsync(ComplianceDbContext db, string series, Func<CancellationToken, Task<int>> highestInUse, CancellationToken cancellationToken) =>
        TakeRangeAsync(db, series, 1, highestInUse, cancellationToken);

    /// <summary>Takes <paramref name="count"/> consecutive numbers; returns the first.</summary>
    public async Task<int> TakeRangeAsync(ComplianceDbContext db, string series, int count, Func<CancellationToken, Task<int>> highestInUse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(highestInUse);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await chainLock.EnterAsync(db, cancellationToken);
        var taken = await db.Database
            .SqlQuery<int>($"UPDATE \"ReferenceCounters\" SET \"LastNumber\" = \"LastNumber\" + {count} WHERE \"Series\" = {series} RETURNING \"LastNumber\" AS \"Value\"")
            .ToListAsync(cancellationToken);
        if (taken.Count == 1)
        {
            return taken[0] - count + 1;
        }

        var first = await highestInUse(cancellationToken) + 1;
        var last = first + count - 1;
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"ReferenceCounters\" (\"Series\", \"LastNumber\") VALUES ({series}, {last})", cancellationToken);
        return first;
    }

    /// <summary>Moves a series' counter up to <paramref name="last"/> when it is lower (records written past it by other means).</summary>
    public async Task RaiseAsync(ComplianceDbContext db, string series, int last, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await chainLock.EnterAsync(db, cancellationToken);
        await db.Database.ExecuteSqlAsync($"UPDATE \"ReferenceCounters\" SET \"LastNumber\" = {last} WHERE \"Series\" = {series} AND \"LastNumber\" < {last}", cancellationToken);
    }
}
