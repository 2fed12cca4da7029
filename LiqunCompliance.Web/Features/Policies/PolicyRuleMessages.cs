using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>A refused revision rule in the user's language.</summary>
public static class PolicyRuleMessages
{
    public static string Message(IStringLocalizer<SharedResource> text, PolicyRule rule)
    {
        return Infrastructure.RuleMessages.Message(text, rule);
    }

    /// <summary>With what the refusal names (e.g. the two revisions that compete).</summary>
    public static string Message(IStringLocalizer<SharedResource> text, PolicyRuleException refused)
    {
        return Infrastructure.RuleMessages.Message(text, refused);
    }
}
