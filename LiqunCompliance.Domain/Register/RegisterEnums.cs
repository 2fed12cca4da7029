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

    /// <summary>Ticketing, hotel, travel and telecom providers that receive real-name information (policy 一.(一)1(3)).</summary>
    RealNameServiceProvider,

    /// <summary>Suppliers of goods, infrastructure technology and data processing (policy 三.(一)3(1)).</summary>
    TechnologySupplier,

    /// <summary>One of the app's own business functions that collects personal information (policy 一); never a recipient.</summary>
    BusinessFunction,
}

/// <summary>
/// The groups of policy section 一 in the policy's order: the list of background collection by SDKs and permissions
/// (items 1–17), the core functions of (一)1–3, the optional functions of (二) and the information from third parties of (四).
/// </summary>
public enum CollectionGroup
{
    BackgroundCollection,
    OnlineShopping,
    ServiceImprovement,
    TransactionSecurity,
    AdditionalFeatures,
    FromThirdParties,
}

public enum CollectionMethod
{
    SdkOnDevice,
    ServerSideSharing,
    Api,
    DevicePermission,

    /// <summary>Collected by the app itself in one of its functions (policy 一.(一)–(四)).</summary>
    InApp,
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
