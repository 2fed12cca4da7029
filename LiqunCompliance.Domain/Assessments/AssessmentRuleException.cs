using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Assessments;

/// <summary>A rule of impact assessments the change broke; the web maps each to a localised message.</summary>
public enum AssessmentRule
{
    SubjectRequired,
    TriggerRequired,
    NotEditable,
    SectionsIncomplete,
    RatingRequired,
    RatingInvalid,
    ReasoningRequired,
    MeasureRequired,
    MeasureIncomplete,
    ReviewerNotPrivacyOfficer,
    ReviewerIsAuthor,
    IllegalTransition,
    TextTooLong,
    NotPlainText,
    MatrixShape,
    MatrixNotMonotone,
    RetentionNotOver,
}

public sealed class AssessmentRuleException : DomainRuleException<AssessmentRule>
{
    public AssessmentRuleException(AssessmentRule rule)
        : base(rule)
    {
    }

    public AssessmentRuleException()
        : this(AssessmentRule.IllegalTransition)
    {
    }

    public AssessmentRuleException(string message)
        : base(message)
    {
    }

    public AssessmentRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
