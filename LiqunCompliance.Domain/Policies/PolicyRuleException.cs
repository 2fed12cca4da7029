using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Policies;

/// <summary>Why a revision refused a change; the web layer shows each in the user's language.</summary>
public enum PolicyRule
{
    IllegalTransition,
    LabelRequired,
    TextRequired,
    SummaryRequired,
    NotEditable,
    ReviewerIsAuthor,
    ReviewerNotPrivacyOfficer,
    NoticePlanRequired,
    NoticeChannelRequired,
    NoticeTextRequired,
    NoticeAfterEffective,
    NoticeInPast,
    EffectiveDateRequired,
    EffectiveDateInPast,
    NotYetEffective,
    ReasonRequired,
    TextTooLong,
    BaseOutdated,
    CompetingApproval,
}

public sealed class PolicyRuleException : DomainRuleException<PolicyRule>
{
    public PolicyRuleException(PolicyRule rule)
        : base(rule)
    {
    }

    /// <param name="detail">What the message names; several values are separated by "|" (its {0}, {1}, …).</param>
    public PolicyRuleException(PolicyRule rule, string detail)
        : base(rule, detail)
    {
    }

    public PolicyRuleException()
        : this(PolicyRule.IllegalTransition)
    {
    }

    public PolicyRuleException(string message)
        : base(message)
    {
    }

    public PolicyRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
