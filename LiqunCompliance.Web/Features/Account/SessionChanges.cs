using System.Collections.Concurrent;

namespace LiqunCompliance.Web.Features.Account;

/// <summary>
/// Accounts whose rights just changed in this process (a role removed, a lock, a password reset): an open page of
/// theirs re-checks its session at its next action instead of waiting for the minute's revalidation. In-process only;
/// on several servers the other servers' pages still lose access within a minute (and every HTTP request at once).
/// </summary>
public sealed class SessionChanges
{
    private readonly ConcurrentDictionary<string, long> _changedAt = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>A mark to compare later changes with.</summary>
    public long Current => Interlocked.Read(ref _sequence);

    public void Changed(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        _changedAt[userId] = Interlocked.Increment(ref _sequence);
    }

    /// <summary>Whether the account's rights changed after <paramref name="mark"/> (a <see cref="Current"/> taken earlier).</summary>
    public bool ChangedAfter(string userId, long mark) => _changedAt.TryGetValue(userId, out var at) && at > mark;
}
