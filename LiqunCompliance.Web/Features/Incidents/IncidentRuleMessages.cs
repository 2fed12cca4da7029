using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

public static class IncidentRuleMessages
{
    public static string Message(IStringLocalizer<SharedResource> text, IncidentRuleException refused)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(refused);
        return text[$"Incidents.Rule.{refused.Rule}", refused.Detail ?? string.Empty];
    }

    public static string ElementName(IStringLocalizer<SharedResource> text, NoticeElement element)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Incidents.Element.{element}"];
    }
}
