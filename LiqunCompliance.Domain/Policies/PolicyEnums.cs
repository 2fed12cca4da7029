namespace LiqunCompliance.Domain.Policies;

/// <summary>draft → in review → approved → published → superseded; a draft (or one in review) can be withdrawn.</summary>
public enum RevisionStatus
{
    Draft,
    InReview,
    Approved,
    Published,
    Superseded,
    Withdrawn,
}

/// <summary>The six major-change triggers of policy 七.2, each needing prominent notice before the change takes effect.</summary>
public enum MajorChangeTrigger
{
    /// <summary>(1) The service model changes: purposes, types or use of personal information.</summary>
    ServiceModelOrProcessing,

    /// <summary>(2) Ownership or organisation changes (restructuring, bankruptcy, merger).</summary>
    OwnershipOrOrganisation,

    /// <summary>(3) The main recipients of sharing, transfer or public disclosure change.</summary>
    SharingRecipients,

    /// <summary>(4) Users' rights over their information, or how they are exercised, change.</summary>
    UserRights,

    /// <summary>(5) The responsible department, its contact details or the complaint channel change.</summary>
    ContactOrComplaintChannel,

    /// <summary>(6) A personal-information impact assessment shows a high risk.</summary>
    HighRiskAssessment,
}

/// <summary>How users are told of a major change ("prominent notice": e-mail, SMS, page prompt).</summary>
public enum NoticeChannel
{
    Email,
    Sms,
    InAppPrompt,
}
