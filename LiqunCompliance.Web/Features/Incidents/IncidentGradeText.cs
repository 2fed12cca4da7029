using LiqunCompliance.Domain.Incidents;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>A grade as every list, PDF and workbook shows it: always saying whether an officer confirmed it or it is the assistant's proposal.</summary>
public static class IncidentGradeText
{
    public static string Label(IStringLocalizer text, IncidentGrade grade, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[confirmed ? "Incidents.GradeLabel.Confirmed" : "Incidents.GradeLabel.Proposed", text[$"Incidents.Grade.{grade}"].Value];
    }
}
