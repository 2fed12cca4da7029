using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>
/// A new report's fields filled from what the incident record already holds, in Chinese (the regulator's language,
/// whatever the officer's screen language): the unit and contacts, times, grade and its basis, people and data, and the
/// facts the officer wrote. What the record does not hold stays blank for the officer to write; the credit code, which
/// the policy does not give, is 待确认.
/// </summary>
public static class IncidentReportPrefill
{
    public static Dictionary<ReportField, string> For(Incident incident, RegulatorReportKind kind, IncidentSettings settings, GradeProposal proposal, string officerName, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(text);
        using var chinese = CultureScope.Use("zh-CN");
        var n = incident.Narrative;
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var last = incident.Reports.Where(r => r.IsSent).OrderByDescending(r => r.SentAt).FirstOrDefault();
        var values = new Dictionary<ReportField, string?>
        {
            [ReportField.ReportingUnit] = $"{LiqunFacts.LegalName}（{LiqunFacts.AppName}）",
            [ReportField.CreditCode] = LiqunFacts.ToConfirm,
            [ReportField.ContactPerson] = officerName,
            [ReportField.ContactPhone] = null,
            [ReportField.OccurredAt] = incident.OccurredAt is { } occurred ? At(occurred) : text["Incidents.Report.NotYetKnown"].Value,
            [ReportField.DiscoveredAt] = At(incident.DiscoveredAt),
            [ReportField.HandlingEndedAt] = incident.ResolvedAt is { } resolved ? At(resolved) : null,
            [ReportField.SystemAffected] = incident.SystemsAffected,
            [ReportField.IncidentType] = text[$"Incidents.Category.{incident.Category}"].Value,
            [ReportField.Grade] = incident.Grade is { } grade ? text[$"Incidents.Grade.{grade}"].Value : null,
            [ReportField.GradeBasis] = Basis(incident, proposal, text),
            [ReportField.PeopleAffected] = incident.PeopleAffectedMin == incident.PeopleAffectedMax
                ? text["Incidents.Report.People", LargeNumber.Format(incident.PeopleAffectedMax, zh)].Value
                : text["Incidents.Report.PeopleRange", LargeNumber.Format(incident.PeopleAffectedMin, zh), LargeNumber.Format(incident.PeopleAffectedMax, zh)].Value,
            [ReportField.DataCategories] = n.InformationTypes,
            [ReportField.SensitiveData] = text[incident.SensitiveInvolved ? "Incidents.Report.SensitiveYes" : "Incidents.Report.SensitiveNo"].Value,
            [ReportField.CauseKnown] = n.Cause,
            [ReportField.ImpactSoFar] = n.PossibleHarm,
            [ReportField.MeasuresTaken] = n.MeasuresTaken,
            [ReportField.ChangedFacts] = last is null ? null : text["Incidents.Report.ChangedSince", At(last.SentAt ?? last.CreatedAt)].Value,
            [ReportField.RootCause] = n.Cause,
            [ReportField.MeasuresAndEffect] = n.MeasuresTaken,
        };
        return RegulatorReportForm.Fields(kind)
            .Where(f => values.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v))
            .ToDictionary(f => f, f => values[f]!);
    }

    /// <summary>Shanghai time as reports print it.</summary>
    public static string At(DateTimeOffset instant) => ChinaTime.ToShanghai(instant).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string? Basis(Incident incident, GradeProposal proposal, IStringLocalizer<SharedResource> text)
    {
        if (incident.Grade is null)
        {
            return null;
        }

        var reasons = proposal.Reasons.Select(r => text[$"Incidents.GradeReason.{r.Fact}", r.Value, r.Threshold, text[$"Incidents.Grade.{r.Grade}"]].Value).ToList();
        if (!string.IsNullOrWhiteSpace(incident.GradeReason))
        {
            reasons.Add(incident.GradeReason);
        }

        return reasons.Count == 0 ? null : string.Join("；", reasons);
    }
}
