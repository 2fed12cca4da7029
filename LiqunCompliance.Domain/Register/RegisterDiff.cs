using System.Globalization;
using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Domain.Register;

/// <summary>Field-by-field differences between two versions of an entry, for its history page.</summary>
public static class RegisterDiff
{
    public static IReadOnlyList<FieldChange> Compare(RegisterEntryData? before, RegisterEntryData after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        foreach (var (field, read) in Fields)
        {
            var old = before is null ? null : read(before);
            var now = read(after);
            // An empty text and a missing one read the same: not a change.
            if (!string.Equals(NullIfEmpty(old), NullIfEmpty(now), StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, old, now));
            }
        }

        return changes;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static readonly (string Field, Func<RegisterEntryData, string?> Read)[] Fields =
    [
        (nameof(RegisterEntryData.Name), e => e.Name),
        (nameof(RegisterEntryData.Provider), e => e.Provider),
        (nameof(RegisterEntryData.ProviderUnconfirmed), e => e.ProviderUnconfirmed ? "true" : "false"),
        (nameof(RegisterEntryData.Kind), e => e.Kind.ToString()),
        (nameof(RegisterEntryData.Group), e => e.Group?.ToString()),
        (nameof(RegisterEntryData.PolicySection), e => e.PolicySection),
        (nameof(RegisterEntryData.Purpose), e => e.Purpose),
        (nameof(RegisterEntryData.Scenario), e => e.Scenario),
        (nameof(RegisterEntryData.InformationItems), e => string.Join(", ", e.InformationItems.Order(StringComparer.Ordinal))),
        (nameof(RegisterEntryData.AndroidPermissions), e => e.AndroidPermissions),
        (nameof(RegisterEntryData.IosPermissions), e => e.IosPermissions),
        (nameof(RegisterEntryData.CollectionMethod), e => e.CollectionMethod.ToString()),
        (nameof(RegisterEntryData.CollectsInBackground), e => e.CollectsInBackground ? "true" : "false"),
        (nameof(RegisterEntryData.SharingMethod), e => e.SharingMethod),
        (nameof(RegisterEntryData.LegalBasis), e => e.LegalBasis?.ToString()),
        (nameof(RegisterEntryData.PrivacyPolicyUrl), e => e.PrivacyPolicyUrl),
        (nameof(RegisterEntryData.ContractSignedOn), e => e.ContractSignedOn?.ToString("O", CultureInfo.InvariantCulture)),
        (nameof(RegisterEntryData.NextReviewOn), e => e.NextReviewOn?.ToString("O", CultureInfo.InvariantCulture)),
        (nameof(RegisterEntryData.CrossBorder), e => e.CrossBorder ? "true" : "false"),
        (nameof(RegisterEntryData.CrossBorderDestination), e => e.CrossBorderDestination),
        (nameof(RegisterEntryData.CrossBorderSafeguard), e => e.CrossBorderSafeguard),
        (nameof(RegisterEntryData.Retention), e => e.Retention),
        (nameof(RegisterEntryData.Owner), e => e.Owner),
        (nameof(RegisterEntryData.Status), e => e.Status.ToString()),
        (nameof(RegisterEntryData.RetiredReason), e => e.RetiredReason),
    ];
}
