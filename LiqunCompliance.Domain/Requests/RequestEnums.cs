namespace LiqunCompliance.Domain.Requests;

/// <summary>What the requester asks for (design/domain.md, "User requests"). Stored by name; append only.</summary>
public enum RequestType
{
    Access,
    Correction,
    Deletion,
    ConsentWithdrawal,
    AccountCancellation,
    MarketingOptOut,
    Explanation,
    Transfer,
    DeceasedUserRequest,
    Complaint,
    Inquiry,
}

public enum RequestChannel
{
    App,
    H5,
    Hotline,
    Email,
    Letter,
    Regulator,
}

public enum RequestStatus
{
    Received,
    AwaitingVerification,
    InProgress,
    AwaitingRequester,
    Completed,
    Rejected,
    Withdrawn,
}

public enum VerificationMethod
{
    AccountLogin,
    SmsCode,
    IdDocumentSighted,
}

/// <summary>
/// The grounds on which the policy (五.5) allows a refusal: the five cases in which 利群网商 "将无法响应", then the four
/// kinds of request it "可能会予以拒绝". Stored by name; <see cref="RefusalGrounds"/> holds the policy's words and source.
/// </summary>
public enum RefusalReason
{
    NationalSecurity,
    PublicSafetyOrInterest,
    CriminalInvestigation,
    MaliceOrAbuse,
    HarmToOthers,

    /// <summary>Not a ground of the policy: kept only so that refusals recorded before it was withdrawn still read.</summary>
    TradeSecrets,
    GroundlessRepetition,
    ExcessiveTechnicalMeans,
    RiskToOthersRights,
    Impractical,
}

/// <summary>
/// The conditions of 附件一 for cancelling an account, each checked and recorded: its eight numbered conditions, then its
/// item 3 (a merchant shop bound to the account is unbound first). Stored by name; append only.
/// </summary>
public enum CancellationPrecondition
{
    NoRecentSensitiveOperationOrRisk,
    NoAssetsOrDebts,
    NoOpenOrRecentOrders,
    NeverActivatedShop,
    NoDisputesOrComplaints,
    NotRestricted,
    PaymentAccountClosed,
    ThirdPartyBindingsRemoved,
    MerchantShopUnbound,
}

public enum FollowUpStatus
{
    Pending,
    Notified,
    ConfirmedDeleted,
    Declined,
}

public enum RequestEventKind
{
    Received,
    VerificationRequested,
    IdentityVerified,
    Assigned,
    WorkStarted,
    AwaitingRequester,
    Resumed,
    NoteAdded,
    PreconditionChecked,
    FollowUpAdded,
    FollowUpUpdated,
    AnswerSent,
    Completed,
    Rejected,
    Withdrawn,
    ContactRevealed,
    NoRecipientStated,

    /// <summary>The requester proved control of the contact by a one-time code (privacy center): not identity verification.</summary>
    ContactVerified,
}
