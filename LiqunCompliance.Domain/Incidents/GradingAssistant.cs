namespace LiqunCompliance.Domain.Incidents;

/// <summary>The facts the grade is proposed from.</summary>
public sealed record GradingFacts(long PeopleAffected, bool SensitiveInvolved, decimal EconomicLossYuan, double OutageHours);

/// <summary>A proposed grade and why: each reason names the fact and the threshold it met.</summary>
public sealed record GradeProposal(IncidentGrade Grade, IReadOnlyList<GradeReason> Reasons);

public sealed record GradeReason(string Fact, IncidentGrade Grade, string Value, string Threshold);

/// <summary>
/// Proposes the CAC grade: the highest grade any fact reaches, compared with the thresholds as the grading guide states
/// them (no divisor for sensitive information: no source gives one; sensitivity is a reason an officer may confirm a
/// higher grade). The officer confirms or overrides; the proposal never decides alone.
/// </summary>
public static class GradingAssistant
{
    public static GradeProposal Propose(GradingFacts facts, GradingThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(thresholds);
        var reasons = new List<GradeReason>();
        foreach (var grade in new[] { IncidentGrade.ExtraordinarilyMajor, IncidentGrade.Major, IncidentGrade.Significant })
        {
            var t = thresholds.For(grade);
            if (facts.PeopleAffected >= t.People)
            {
                reasons.Add(new GradeReason("People", grade, facts.PeopleAffected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), t.People.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (facts.EconomicLossYuan >= t.EconomicLossYuan)
            {
                reasons.Add(new GradeReason("EconomicLoss", grade, facts.EconomicLossYuan.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), t.EconomicLossYuan.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (facts.OutageHours >= t.OutageHours)
            {
                reasons.Add(new GradeReason("Outage", grade, facts.OutageHours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), t.OutageHours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (reasons.Count > 0)
            {
                return new GradeProposal(grade, reasons);
            }
        }

        return new GradeProposal(IncidentGrade.General, []);
    }

    /// <summary>较大 and above are reported to the provincial CAC.</summary>
    public static bool MustReport(IncidentGrade grade) => grade >= IncidentGrade.Significant;

    /// <summary>The grades <see cref="MustReport"/> holds for, for a database query.</summary>
    public static IReadOnlyList<IncidentGrade> ReportableGrades { get; } = [.. Enum.GetValues<IncidentGrade>().Where(MustReport)];

    /// <summary>
    /// For a database query: incidents that can have a report to the regulator due — a reportable effective grade, and the
    /// initial report unsent or, once handling ended, the summary report unsent. It narrows the read; the incident's own
    /// clocks (<see cref="Incident.ReportDueAt"/>, <see cref="SummaryReportClock"/>) decide what is due and when.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Incident, bool>> ReportMayBeDue()
    {
        var reportable = ReportableGrades.ToList();
        return i => (i.Grade != null ? reportable.Contains(i.Grade.Value) : reportable.Contains(i.ProposedGrade))
            && (!i.Reports.Any(r => r.Kind == RegulatorReportKind.Initial && r.Status == ReportStatus.Sent)
                || (i.ResolvedAt != null && !i.Reports.Any(r => r.Kind == RegulatorReportKind.Final && r.Status == ReportStatus.Sent)));
    }

    /// <summary>The initial report is due this many hours after discovery: 4, 1 for critical information infrastructure, 2 for central and state organs.</summary>
    public static DateTimeOffset ReportDeadline(DateTimeOffset discoveredAt, GradingThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return discoveredAt.AddHours(thresholds.Route.WithinHours);
    }
}
