using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>A refused register rule in the user's language, naming the field.</summary>
public static class RegisterRuleMessages
{
    public static string Message(IStringLocalizer<SharedResource> text, RegisterRule rule)
    {
        return Infrastructure.RuleMessages.Message(text, rule);
    }

    public static string[] Messages(IStringLocalizer<SharedResource> text, IEnumerable<RegisterRule> rules) =>
        rules.Select(r => Message(text, r)).ToArray();
}
