using LiqunCompliance.Domain.Incidents;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>The names of a report's recipients: the route the Measures give for the operator kind, the provincial CAC by the name in the settings.</summary>
public static class IncidentRecipients
{
    public static string Name(IStringLocalizer text, ReportRecipient recipient, string? provincialCac)
    {
        ArgumentNullException.ThrowIfNull(text);
        return recipient == ReportRecipient.ProvincialCac && !string.IsNullOrWhiteSpace(provincialCac) ? provincialCac.Trim() : text[$"Incidents.Recipient.{recipient}"];
    }

    /// <summary>Everyone the settings' route reports to, joined (保护工作部门、公安机关).</summary>
    public static string For(IStringLocalizer text, IncidentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        return string.Join(text["Common.ListSeparator"], settings.Thresholds.Route.Recipients.Select(r => Name(text, r, settings.DefaultRecipient)));
    }
}
