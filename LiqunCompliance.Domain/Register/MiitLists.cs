namespace LiqunCompliance.Domain.Register;

/// <summary>A row of MIIT's collected-personal-information list (信息种类, 使用目的, 使用场景).</summary>
public sealed record CollectionListRow(string InformationType, bool Sensitive, string Purpose, string Scenario);

/// <summary>A row of MIIT's third-party sharing list.</summary>
public sealed record SharingListRow(
    string Name, string ThirdParty, EntryKind Kind, IReadOnlyList<string> InformationTypes, string Purpose, string Scenario,
    string SharingMethod, CollectionMethod CollectionMethod, string Permissions, string? PrivacyPolicyUrl);

/// <summary>Generates the two lists the app publishes, from the active register entries only.</summary>
public static class MiitLists
{
    /// <param name="name">The catalogue item's name in the list's language.</param>
    public static IReadOnlyList<CollectionListRow> Collection(
        IEnumerable<RegisterEntryData> entries, Func<string, PersonalInformationItem?> catalogue, Func<PersonalInformationItem, string> name)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(name);
        return Active(entries)
            .SelectMany(e => e.InformationItems.Select(catalogue).OfType<PersonalInformationItem>().Select(item => (Item: item, Entry: e)))
            .GroupBy(x => x.Item.Code, StringComparer.Ordinal)
            .Select(g => new CollectionListRow(
                name(g.First().Item), g.First().Item.IsSensitive,
                string.Join("；", g.Select(x => x.Entry.Purpose).Distinct()),
                string.Join("；", g.Select(x => x.Entry.Scenario).Where(s => s.Length > 0).Distinct())))
            .OrderBy(r => r.InformationType, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<SharingListRow> Sharing(
        IEnumerable<RegisterEntryData> entries, Func<string, PersonalInformationItem?> catalogue, Func<PersonalInformationItem, string> name)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(name);
        return Active(entries)
            .Select(e => new SharingListRow(
                e.Name, e.Provider, e.Kind,
                e.InformationItems.Select(catalogue).OfType<PersonalInformationItem>().Select(name).ToList(),
                e.Purpose, e.Scenario, e.SharingMethod ?? string.Empty, e.CollectionMethod,
                string.Join(" / ", new[] { e.AndroidPermissions, e.IosPermissions }.Where(p => !string.IsNullOrWhiteSpace(p))),
                e.PrivacyPolicyUrl))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Whether publishing the new sharing list needs a policy revision (policy 七.2): a new recipient of sensitive
    /// information, or a new purpose for an existing recipient.
    /// </summary>
    public static bool IsMajorChange(IReadOnlyList<RegisterEntryData> published, IReadOnlyList<RegisterEntryData> current, Func<string, PersonalInformationItem?> catalogue)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(current);
        var before = Active(published).ToDictionary(e => e.IdentityKey);
        foreach (var entry in Active(current))
        {
            if (!before.TryGetValue(entry.IdentityKey, out var old))
            {
                if (entry.InformationItems.Select(catalogue).Any(i => i is { IsSensitive: true }))
                {
                    return true;
                }

                continue;
            }

            if (!string.Equals(old.Purpose, entry.Purpose, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<RegisterEntryData> Active(IEnumerable<RegisterEntryData> entries) => entries.Where(e => e.Status == EntryStatus.Active);
}
