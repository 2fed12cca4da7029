using System.Collections.Concurrent;

namespace LiqunCompliance.Web.Features.Account;

/// <summary>
/// Counts failures per key (an address, an account name) in a sliding window: once a key reaches the limit it stays
/// refused until the window after its last failure has passed. Held in memory, per process.
/// </summary>
internal sealed class FailureWindow(int limit, TimeSpan window, TimeProvider clock)
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Limit => limit;

    public TimeSpan Window => window;

    /// <summary>True while the key has reached the limit within the window.</summary>
    public bool IsRefused(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Count >= limit && clock.GetUtcNow() - entry.Last < window;

    /// <summary>Counts one failure; true when the key has now reached the limit.</summary>
    public bool RecordFailure(string key)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= Capacity)
        {
            foreach (var stale in _entries.Where(e => now - e.Value.Last >= window).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }

        var entry = _entries.AddOrUpdate(key, _ => new Entry(1, now), (_, e) => now - e.Last >= window ? new Entry(1, now) : new Entry(e.Count + 1, now));
        return entry.Count >= limit;
    }

    public void Clear(string key) => _entries.TryRemove(key, out _);

    private readonly record struct Entry(int Count, DateTimeOffset Last);
}
