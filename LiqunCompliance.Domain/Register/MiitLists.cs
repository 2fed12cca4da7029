namespace LiqunCompliance.Domain.Register;

/// <summary>A personal-information item as a list names it, with the policy's sensitivity marking.</summary>
public sealed record ListedItem(string Name, bool Sensitive);

/// <summary>
/// A row of MIIT's collected-personal-information list: one business function (or SDK / permission use) of policy
/// section 一 with its items, purpose and scenario, in the policy's group and order.
/// </summary>
public sealed record CollectionListRow(
    CollectionGroup Group, string Function, string? Section, IReadOnlyList<ListedItem> Items, string Purpose, string Scenario, bool Background)
{
    public bool HasSensitive => Items.Any(i => i.Sensitive);
}

/// <summary>A row of MIIT's third-party sharing list.</summary>
public sealed record SharingListRow(
    string Name, string ThirdParty, bool ThirdPartyUnconfirmed, EntryKind Kind, IReadOnlyList<string> InformationTypes, string Purpose, string Scenario,
    string SharingMethod, CollectionMethod CollectionMethod, bool Background, string Permissions, string? PrivacyPolicyUrl, bool PrivacyPolicyUnconfirmed);

/// <summary>A value shown on the lists that is not yet a confirmed fact (待确认): publishing names each and asks for an acknowledgement.</summary>
public sealed record UnconfirmedFact(string EntryName, string Field);

/// <summary>Generates the two lists the app publishes, from the active register entries only.</summary>
public static class MiitLists
{
    /// <param name="name">The catalogue item's name in the list's language.</param>
    public static IReadOnlyList<CollectionListRow> Collection(
        IEnumerable<RegisterEntryData> entries, Func<string, PersonalInformationItem?> catalogue, Func<PersonalInformationItem, string> name)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(name);
        return Active(entries)
            .Where(e => EntryKinds.IsOnCollectionList(e.Kind))
            .Select(e => new CollectionListRow(
                e.Group ?? EntryKinds.DefaultGroup(e.Kind), e.Name, e.PolicySection,
                e.InformationItems.Select(catalogue).OfType<PersonalInformationItem>().Where(i => i.IsPersonalInformation)
                    .Select(i => new ListedItem(name(i), i.IsSensitive)).ToList(),
                e.Purpose, e.Scenario, e.CollectsInBackground))
            .Where(r => r.Items.Count > 0)
            .OrderBy(r => r.Group).ThenBy(r => r.Section, PolicySectionOrder.Instance).ThenBy(r => r.Function, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<SharingListRow> Sharing(
        IEnumerable<RegisterEntryData> entries, Func<string, PersonalInformationItem?> catalogue, Func<PersonalInformationItem, string> name)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(name);
        return Active(entries)
            .Where(e => EntryKinds.IsOnSharingList(e.Kind))
            .Select(e => new SharingListRow(
                e.Name, e.Provider, e.ProviderUnconfirmed, e.Kind,
                e.InformationItems.Select(catalogue).OfType<PersonalInformationItem>().Select(name).ToList(),
                e.Purpose, e.Scenario, e.SharingMethod ?? string.Empty, e.CollectionMethod, e.CollectsInBackground,
                string.Join(" / ", new[] { e.AndroidPermissions, e.IosPermissions }.Where(p => !string.IsNullOrWhiteSpace(p))),
                e.PrivacyPolicyUrl, PrivacyPolicyUnconfirmed(e)))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Every value on the lists that is not a confirmed fact: a provider marked 待确认, a sharing method the policy does not state, and an SDK without its
    /// privacy-policy link (MIIT asks for the SDK's own policy; the seed policy gives none).
    /// </summary>
    public static IReadOnlyList<UnconfirmedFact> Unconfirmed(IEnumerable<RegisterEntryData> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var facts = new List<UnconfirmedFact>();
        foreach (var entry in Active(entries).Where(e => EntryKinds.IsOnSharingList(e.Kind)).OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.ProviderUnconfirmed)
            {
                facts.Add(new UnconfirmedFact(entry.Name, nameof(RegisterEntryData.Provider)));
            }

            if (string.IsNullOrWhiteSpace(entry.SharingMethod))
            {
                facts.Add(new UnconfirmedFact(entry.Name, nameof(RegisterEntryData.SharingMethod)));
            }

            if (PrivacyPolicyUnconfirmed(entry))
            {
                facts.Add(new UnconfirmedFact(entry.Name, nameof(RegisterEntryData.PrivacyPolicyUrl)));
            }
        }

        return facts;
    }

    /// <summary>
    /// Catalogue items (personal, not retired) that no row of either list uses: a gap the officer sees before publishing,
    /// since the policy says the app collects them but the lists would not say where.
    /// </summary>
    public static IReadOnlyList<PersonalInformationItem> UnusedItems(IEnumerable<RegisterEntryData> entries, IEnumerable<PersonalInformationItem> catalogue)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(catalogue);
        var used = Active(entries).SelectMany(e => e.InformationItems).ToHashSet(StringComparer.Ordinal);
        return catalogue.Where(i => i is { IsRetired: false, IsPersonalInformation: true } && !used.Contains(i.Code)).ToList();
    }

    private static bool PrivacyPolicyUnconfirmed(RegisterEntryData entry) => entry.Kind == EntryKind.Sdk && string.IsNullOrWhiteSpace(entry.PrivacyPolicyUrl);

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
