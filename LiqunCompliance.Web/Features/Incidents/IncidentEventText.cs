using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>A timeline entry's detail in the reader's language: the domain stores codes ("Email|2") for grades, statuses, channels and report kinds.</summary>
public static class IncidentEventText
{
    private static readonly string[] Vocabularies = ["Incidents.Grade.", "Incidents.Status.", "Incidents.Channel.", "Incidents.ReportKind."];

    public static string? Detail(IStringLocalizer<SharedResource> text, TimelineEvent<IncidentEventKind> e)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(e);
        if (string.IsNullOrEmpty(e.Detail))
        {
            return null;
        }

        return "— " + string.Join(" · ", e.Detail.Split('|').Select(part =>
            Vocabularies.Select(prefix => text[prefix + part]).FirstOrDefault(s => !s.ResourceNotFound)?.Value ?? part));
    }
}
