namespace LiqunCompliance.Domain.Register;

public enum EntryKind
{
    Sdk,
    DevicePermission,
    PaymentInstitution,
    LogisticsCompany,
    Merchant,
    PromotionClient,
    Affiliate,
    CloudService,
}

public enum CollectionMethod
{
    SdkOnDevice,
    ServerSideSharing,
    Api,
    DevicePermission,
}

/// <summary>The legal bases of PIPL Art. 13 the register records.</summary>
public enum LegalBasis
{
    Consent,
    SeparateConsent,
    NecessaryForContract,
    LegalObligation,
    PublicHealthEmergency,
    PublicInterestReporting,
    PubliclyAvailable,
}

public enum EntryStatus
{
    Active,
    Suspended,
    Retired,
}
