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

/// <summary>The only grounds on which the policy (五.5) allows a refusal.</summary>
public enum RefusalReason
{
    NationalSecurity,
    PublicSafetyOrInterest,
    CriminalInvestigation,
    MaliceOrAbuse,
    HarmToOthers,
    TradeSecrets,
}

/// <summary>The eight preconditions of 附件一 for cancelling an account, each checked and recorded.</summary>
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
}
