using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

public static class IncidentRuleMessages
{
    public static string Message(IStringLocalizer<SharedResource> text, IncidentRuleException refused)
    {
        return Infrastructure.RuleMessages.Message(text, refused);
    }

    public static string ElementName(IStringLocalizer<SharedResource> text, NoticeElement element)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Incidents.Element.{element}"];
    }
}
