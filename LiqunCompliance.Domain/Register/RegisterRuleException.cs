using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Register;

/// <summary>Why the register refused a change; the web layer shows each in the user's language, naming the field.</summary>
public enum RegisterRule
{
    InvalidCode,
    NameRequired,
    ProviderRequired,
    PurposeRequired,
    NoInformationItems,
    UnsafeUrl,
    CrossBorderWithoutDestination,
    SensitiveWithoutLegalBasis,
    RetiredWithoutReason,
    RetiredItemUsed,
    ReviewBeforeContract,
    ReviewDateNotInFuture,
    IllegalTransition,
}

public sealed class RegisterRuleException : DomainRuleException<RegisterRule>
{
    public RegisterRuleException(RegisterRule rule)
        : base(rule)
    {
    }

    public RegisterRuleException()
        : this(RegisterRule.NameRequired)
    {
    }

    public RegisterRuleException(string message)
        : base(message)
    {
    }

    public RegisterRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
