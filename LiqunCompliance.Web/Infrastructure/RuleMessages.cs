using LiqunCompliance.Domain.Common;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// A refused domain rule in the user's language, the same way for every aggregate: the text under
/// "<c>&lt;area&gt;.Rule.&lt;rule&gt;</c>", with the refusal's detail as its {0} (or its parts, split at "|", as {0}, {1}, …). The areas are the resource prefixes.
/// </summary>
public static class RuleMessages
{
    private static readonly Dictionary<Type, string> Areas = new()
    {
        [typeof(Domain.Requests.RequestRule)] = "Requests",
        [typeof(Domain.Incidents.IncidentRule)] = "Incidents",
        [typeof(Domain.Policies.PolicyRule)] = "Policies",
        [typeof(Domain.Register.RegisterRule)] = "Register",
    };

    public static string Message<TRule>(IStringLocalizer<SharedResource> text, TRule rule, string? detail = null)
        where TRule : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        // A detail of several values ("2027.01|2026.12") fills the message's {0}, {1}, … in order.
        return text[$"{Areas[typeof(TRule)]}.Rule.{rule}", [.. (detail ?? string.Empty).Split('|')]];
    }

    public static string Message<TRule>(IStringLocalizer<SharedResource> text, DomainRuleException<TRule> refused)
        where TRule : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(refused);
        return Message(text, refused.Rule, refused.Detail);
    }
}
