namespace LiqunCompliance.Domain.Register;

/// <summary>The register's validation, all problems at once so that a form can mark every field.</summary>
public static class RegisterEntryRules
{
    /// <param name="catalogue">Looks up a catalogue item by code; null when unknown.</param>
    /// <param name="alreadyHeld">Items the entry held before this change: one retired since stays allowed (and flagged), it is not a new use.</param>
    public static IReadOnlyList<RegisterRule> Validate(RegisterEntryData entry, Func<string, PersonalInformationItem?> catalogue, IReadOnlyCollection<string>? alreadyHeld = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(catalogue);
        var problems = new List<RegisterRule>();
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            problems.Add(RegisterRule.NameRequired);
        }

        if (string.IsNullOrWhiteSpace(entry.Provider))
        {
            problems.Add(RegisterRule.ProviderRequired);
        }

        if (string.IsNullOrWhiteSpace(entry.Purpose))
        {
            problems.Add(RegisterRule.PurposeRequired);
        }

        var items = entry.InformationItems.Select(catalogue).ToList();
        var held = alreadyHeld ?? [];
        if (items.Count == 0 || items.Any(i => i is null))
        {
            problems.Add(RegisterRule.NoInformationItems);
        }

        if (items.Any(i => i is { IsRetired: true } && !held.Contains(i.Code)))
        {
            problems.Add(RegisterRule.RetiredItemUsed);
        }

        if (entry.PrivacyPolicyUrl is { Length: > 0 } url && !IsWebAddress(url))
        {
            problems.Add(RegisterRule.UnsafeUrl);
        }

        if (entry.CrossBorder && string.IsNullOrWhiteSpace(entry.CrossBorderDestination))
        {
            problems.Add(RegisterRule.CrossBorderWithoutDestination);
        }

        if (items.Any(i => i is { IsSensitive: true }) && entry.LegalBasis is null)
        {
            problems.Add(RegisterRule.SensitiveWithoutLegalBasis);
        }

        if (entry.Status == EntryStatus.Retired && string.IsNullOrWhiteSpace(entry.RetiredReason))
        {
            problems.Add(RegisterRule.RetiredWithoutReason);
        }

        if (entry is { ContractSignedOn: { } signed, NextReviewOn: { } review } && review < signed)
        {
            problems.Add(RegisterRule.ReviewBeforeContract);
        }

        return problems;
    }

    /// <summary>The field of <see cref="RegisterEntryData"/> a refused rule is about, so a form marks that field; null for the entry as a whole.</summary>
    public static string? FieldOf(RegisterRule rule) => rule switch
    {
        RegisterRule.NameRequired => nameof(RegisterEntryData.Name),
        RegisterRule.ProviderRequired => nameof(RegisterEntryData.Provider),
        RegisterRule.PurposeRequired => nameof(RegisterEntryData.Purpose),
        RegisterRule.NoInformationItems or RegisterRule.RetiredItemUsed => nameof(RegisterEntryData.InformationItems),
        RegisterRule.UnsafeUrl => nameof(RegisterEntryData.PrivacyPolicyUrl),
        RegisterRule.CrossBorderWithoutDestination => nameof(RegisterEntryData.CrossBorderDestination),
        RegisterRule.SensitiveWithoutLegalBasis => nameof(RegisterEntryData.LegalBasis),
        RegisterRule.RetiredWithoutReason => nameof(RegisterEntryData.RetiredReason),
        RegisterRule.ReviewBeforeContract or RegisterRule.ReviewDateNotInFuture => nameof(RegisterEntryData.NextReviewOn),
        _ => null,
    };

    /// <summary>The catalogue items an entry holds that have been retired since it took them: flagged, never blocking.</summary>
    public static IReadOnlyList<string> RetiredItemsHeld(RegisterEntryData entry, Func<string, PersonalInformationItem?> catalogue)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(catalogue);
        return entry.InformationItems.Where(code => catalogue(code) is { IsRetired: true }).ToList();
    }

    /// <summary>Only absolute http(s) addresses: a javascript:, data: or relative link is refused.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>Entries whose review date has passed or falls within <paramref name="withinDays"/> days.</summary>
    public static bool ReviewDue(RegisterEntryData entry, DateOnly today, int withinDays = 30)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Status != EntryStatus.Retired && entry.NextReviewOn is { } review && review <= today.AddDays(withinDays);
    }
}
