using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>The editor's bindable copy of an entry; the service validates what it turns into.</summary>
public sealed class RegisterEntryForm
{
    public string? Name { get; set; }

    public string? Provider { get; set; }

    public bool ProviderUnconfirmed { get; set; }

    public CollectionGroup? Group { get; set; }

    public string? PolicySection { get; set; }

    public EntryKind Kind { get; set; } = EntryKind.Sdk;

    public string? Purpose { get; set; }

    public string? Scenario { get; set; }

    public IReadOnlyCollection<string> InformationItems { get; set; } = [];

    public string? AndroidPermissions { get; set; }

    public string? IosPermissions { get; set; }

    public CollectionMethod CollectionMethod { get; set; } = CollectionMethod.SdkOnDevice;

    public bool CollectsInBackground { get; set; }

    public string? SharingMethod { get; set; }

    public LegalBasis? LegalBasis { get; set; }

    public string? PrivacyPolicyUrl { get; set; }

    public DateTime? ContractSignedOn { get; set; }

    public DateTime? NextReviewOn { get; set; }

    public bool CrossBorder { get; set; }

    public string? CrossBorderDestination { get; set; }

    public string? CrossBorderSafeguard { get; set; }

    public string? Retention { get; set; }

    public string? Owner { get; set; }

    public EntryStatus Status { get; set; } = EntryStatus.Active;

    public string? RetiredReason { get; set; }

    public static RegisterEntryForm From(RegisterEntryData e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Name = e.Name,
            Provider = e.Provider,
            ProviderUnconfirmed = e.ProviderUnconfirmed,
            Group = e.Group,
            PolicySection = e.PolicySection,
            Kind = e.Kind,
            Purpose = e.Purpose,
            Scenario = e.Scenario,
            InformationItems = [.. e.InformationItems],
            AndroidPermissions = e.AndroidPermissions,
            IosPermissions = e.IosPermissions,
            CollectionMethod = e.CollectionMethod,
            CollectsInBackground = e.CollectsInBackground,
            SharingMethod = e.SharingMethod,
            LegalBasis = e.LegalBasis,
            PrivacyPolicyUrl = e.PrivacyPolicyUrl,
            ContractSignedOn = e.ContractSignedOn?.ToDateTime(TimeOnly.MinValue),
            NextReviewOn = e.NextReviewOn?.ToDateTime(TimeOnly.MinValue),
            CrossBorder = e.CrossBorder,
            CrossBorderDestination = e.CrossBorderDestination,
            CrossBorderSafeguard = e.CrossBorderSafeguard,
            Retention = e.Retention,
            Owner = e.Owner,
            Status = e.Status,
            RetiredReason = e.RetiredReason,
        };
    }

    public RegisterEntryData ToData() => new()
    {
        Name = Name ?? string.Empty,
        Provider = Provider ?? string.Empty,
        ProviderUnconfirmed = ProviderUnconfirmed,
        Group = Group,
        PolicySection = string.IsNullOrWhiteSpace(PolicySection) ? null : PolicySection.Trim(),
        Kind = Kind,
        Purpose = Purpose ?? string.Empty,
        Scenario = Scenario ?? string.Empty,
        InformationItems = [.. InformationItems],
        AndroidPermissions = AndroidPermissions,
        IosPermissions = IosPermissions,
        CollectionMethod = CollectionMethod,
        CollectsInBackground = CollectsInBackground,
        SharingMethod = SharingMethod,
        LegalBasis = LegalBasis,
        PrivacyPolicyUrl = PrivacyPolicyUrl,
        ContractSignedOn = ContractSignedOn is { } signed ? DateOnly.FromDateTime(signed) : null,
        NextReviewOn = NextReviewOn is { } review ? DateOnly.FromDateTime(review) : null,
        CrossBorder = CrossBorder,
        CrossBorderDestination = CrossBorderDestination,
        CrossBorderSafeguard = CrossBorderSafeguard,
        Retention = Retention,
        Owner = Owner,
        Status = Status,
        RetiredReason = RetiredReason,
    };
}
