using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Domain.Register;

public enum ListChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One entry that differs between the published lists and what publishing now would show.</summary>
public sealed record ListChange(string Name, string Provider, ListChangeKind Kind, IReadOnlyList<FieldChange> Fields);

/// <summary>"What changed since the last published list": active entries compared by name and provider.</summary>
public static class RegisterListChanges
{
    /// <param name="published">The entries of the last published snapshot (empty when nothing was published).</param>
    /// <param name="current">The register as it stands; only active entries count.</param>
    public static IReadOnlyList<ListChange> Compare(IEnumerable<RegisterEntryData> published, IEnumerable<RegisterEntryData> current)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(current);
        var before = published.Where(e => e.Status == EntryStatus.Active).ToDictionary(e => e.IdentityKey, StringComparer.Ordinal);
        var now = current.Where(e => e.Status == EntryStatus.Active).ToDictionary(e => e.IdentityKey, StringComparer.Ordinal);
        var changes = new List<ListChange>();
        foreach (var (key, entry) in now)
        {
            if (!before.TryGetValue(key, out var old))
            {
                changes.Add(new ListChange(entry.Name, entry.Provider, ListChangeKind.Added, RegisterDiff.Compare(null, Listed(entry))));
                continue;
            }

            var fields = RegisterDiff.Compare(Listed(old), Listed(entry));
            if (fields.Count > 0)
            {
                changes.Add(new ListChange(entry.Name, entry.Provider, ListChangeKind.Changed, fields));
            }
        }

        changes.AddRange(before.Where(p => !now.ContainsKey(p.Key))
            .Select(p => new ListChange(p.Value.Name, p.Value.Provider, ListChangeKind.Removed, [])));
        return changes.OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Only what the published lists show: internal fields (owner, review dates, contract) do not make a change.</summary>
    private static RegisterEntryData Listed(RegisterEntryData entry) => entry with
    {
        ContractSignedOn = null,
        NextReviewOn = null,
        Owner = null,
        Retention = null,
        LegalBasis = null,
        CrossBorder = false,
        CrossBorderDestination = null,
        CrossBorderSafeguard = null,
        RetiredReason = null,
    };
}
