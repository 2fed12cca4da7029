namespace LiqunCompliance.Domain.Incidents;

public enum IncidentCategory
{
    Leakage,
    UnauthorisedAccess,
    Tampering,
    LossOrDestruction,
    Ransomware,
    InsiderMisuse,
    ThirdPartyOrSdk,
    Other,
}

/// <summary>open → contained → investigating → remediated → closed.</summary>
public enum IncidentStatus
{
    Open,
    Contained,
    Investigating,
    Remediated,
    Closed,
}

/// <summary>The CAC grades, lowest first (网络安全事件报告管理办法 and its grading guide).</summary>
public enum IncidentGrade
{
    /// <summary>一般</summary>
    General,

    /// <summary>较大</summary>
    Significant,

    /// <summary>重大</summary>
    Major,

    /// <summary>特别重大</summary>
    ExtraordinarilyMajor,
}

/// <summary>初报, 续报, 总结报告.</summary>
public enum RegulatorReportKind
{
    Initial,
    Supplement,
    Final,
}

/// <summary>draft → sent; a sent report never changes.</summary>
public enum ReportStatus
{
    Draft,
    Sent,
}

/// <summary>How users are told (PIPL Art. 57, policy 四.8).</summary>
public enum NoticeChannelKind
{
    Email,
    Sms,
    Letter,
    PhoneScript,
    AppPush,
    PublicAnnouncement,
}

/// <summary>What a user notice must say (PIPL Art. 57; policy 四.8). Each is a tagged section of a template.</summary>
public enum NoticeElement
{
    InformationTypes,
    Cause,
    PossibleHarm,
    MeasuresTaken,
    UserActions,
    Remedies,
    Contact,
}

public enum IncidentEventKind
{
    Logged,
    FactsUpdated,
    GradeConfirmed,
    StatusChanged,
    ReportRecorded,
    ReportDrafted,
    ReportSent,
    ReportDiscarded,
    NoticeIssued,
    NoNotificationDecided,
    Note,
}
