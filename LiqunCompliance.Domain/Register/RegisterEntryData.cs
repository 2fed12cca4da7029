namespace LiqunCompliance.Domain.Register;

/// <summary>
/// Everything the register keeps about one SDK, permission use or partner (design/domain.md, "Register"). A version
/// of an entry is one of these; <see cref="RegisterDiff"/> compares two of them field by field.
/// </summary>
public sealed record RegisterEntryData
{
    public required string Name { get; init; }

    public required string Provider { get; init; }

    /// <summary>
    /// The provider is not a fact the policy gives or a matter of public record (待确认): shown so to officers and on the
    /// lists, and publishing asks for an acknowledgement of it.
    /// </summary>
    public bool ProviderUnconfirmed { get; init; }

    /// <summary>Where the entry belongs on the collection list (policy section 一's groups); null for a pure recipient.</summary>
    public CollectionGroup? Group { get; init; }

    /// <summary>The policy passage the entry comes from, e.g. "一.(一)1(3)" or "一 第17项": cited on the lists and orders them.</summary>
    public string? PolicySection { get; init; }

    public required EntryKind Kind { get; init; }

    public required string Purpose { get; init; }

    /// <summary>When it happens in the app (使用场景), for the MIIT lists.</summary>
    public string Scenario { get; init; } = string.Empty;

    /// <summary>Codes of the catalogue items it receives or collects.</summary>
    public IReadOnlyList<string> InformationItems { get; init; } = [];

    public string? AndroidPermissions { get; init; }

    public string? IosPermissions { get; init; }

    public CollectionMethod CollectionMethod { get; init; } = CollectionMethod.SdkOnDevice;

    public bool CollectsInBackground { get; init; }

    /// <summary>How the data reaches it (共享方式), e.g. "SDK 本机采集" or "接口传输".</summary>
    public string? SharingMethod { get; init; }

    public LegalBasis? LegalBasis { get; init; }

    public string? PrivacyPolicyUrl { get; init; }

    public DateOnly? ContractSignedOn { get; init; }

    public DateOnly? NextReviewOn { get; init; }

    public bool CrossBorder { get; init; }

    public string? CrossBorderDestination { get; init; }

    public string? CrossBorderSafeguard { get; init; }

    public string? Retention { get; init; }

    public string? Owner { get; init; }

    public EntryStatus Status { get; init; } = EntryStatus.Active;

    public string? RetiredReason { get; init; }

    /// <summary>Same name and provider (case and spacing aside) means the same entry: a duplicate is refused.</summary>
    public string IdentityKey => $"{Normalise(Name)}|{Normalise(Provider)}";

    private static string Normalise(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
