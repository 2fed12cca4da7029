using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Infrastructure;
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

    /// <summary>The refused rules as a result: each on its field where it has one (<see cref="RegisterEntryRules.FieldOf"/>), the rest and <paramref name="others"/> for the form.</summary>
    public static OperationResult<Guid> Refused(IStringLocalizer<SharedResource> text, IEnumerable<RegisterRule> rules, IEnumerable<string> others)
    {
        var fields = new Dictionary<string, string>();
        var general = others.ToList();
        foreach (var rule in rules)
        {
            if (RegisterEntryRules.FieldOf(rule) is { } field)
            {
                fields[field] = fields.TryGetValue(field, out var earlier) ? $"{earlier} {Message(text, rule)}" : Message(text, rule);
            }
            else
            {
                general.Add(Message(text, rule));
            }
        }

        return OperationResult<Guid>.Invalid(fields, [.. general]);
    }
}
