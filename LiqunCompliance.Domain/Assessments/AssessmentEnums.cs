namespace LiqunCompliance.Domain.Assessments;

/// <summary>
/// Why an impact assessment is required beforehand: the cases of PIPL Art. 55, in its order. Stored by name; append only.
/// </summary>
public enum AssessmentTrigger
{
    /// <summary>Art. 55(1): processing sensitive personal information.</summary>
    SensitiveInformation,

    /// <summary>Art. 55(2): using personal information for automated decision-making.</summary>
    AutomatedDecisionMaking,

    /// <summary>Art. 55(3): entrusting its processing to another.</summary>
    EntrustedProcessing,

    /// <summary>Art. 55(3): providing it to another processor.</summary>
    ProvidingToOthers,

    /// <summary>Art. 55(3): publishing it.</summary>
    Publishing,

    /// <summary>Art. 55(4): providing it abroad.</summary>
    CrossBorderTransfer,

    /// <summary>Art. 55(5): other processing with a major impact on individuals.</summary>
    OtherMajorImpact,
}

/// <summary>draft → in review → approved → superseded (a change makes a new version that supersedes the approved one).</summary>
public enum AssessmentStatus
{
    Draft,
    InReview,
    Approved,
    Superseded,
}

/// <summary>How likely a security incident is (GB/T 39335-2020 §5.6's scale; the level names are to be confirmed against the text).</summary>
public enum LikelihoodLevel
{
    VeryLow,
    Low,
    Medium,
    High,
}

/// <summary>How badly individuals' rights would be affected (GB/T 39335-2020 §5.5's scale; to be confirmed against the text).</summary>
public enum ImpactLevel
{
    Low,
    Medium,
    High,
    Severe,
}

/// <summary>The resulting risk the issue asks for: high, medium or low.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
