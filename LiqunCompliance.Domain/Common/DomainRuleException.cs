namespace LiqunCompliance.Domain.Common;

/// <summary>
/// The one shape of every refusal by a domain rule: which rule (an enum per aggregate, each value with a text in both
/// languages under "<c>&lt;Feature&gt;.Rule.&lt;value&gt;</c>") and, for some, a detail to show with it. The aggregate
/// is unchanged when one is thrown.
/// </summary>
public abstract class DomainRuleException<TRule> : Exception
    where TRule : struct, Enum
{
    protected DomainRuleException(TRule rule, string? detail = null)
        : base($"{typeof(TRule).Name} violated: {rule}{(detail is null ? string.Empty : " " + detail)}")
    {
        Rule = rule;
        Detail = detail;
    }

    protected DomainRuleException(string message)
        : base(message)
    {
    }

    protected DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TRule Rule { get; }

    /// <summary>E.g. the missing elements of a template; null for most rules.</summary>
    public string? Detail { get; }
}
