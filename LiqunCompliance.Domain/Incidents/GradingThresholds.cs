namespace LiqunCompliance.Domain.Incidents;

/// <summary>
/// The numbers the grading assistant compares facts with, one set per grade above 一般, and the reporting settings the
/// office chooses (which operator it is, how the summary report's period is counted). Each number's source is in
/// <see cref="GradingSources"/>; numbers no verified source gives are marked 待确认 there.
/// </summary>
public sealed record GradeThreshold(long People, decimal EconomicLossYuan, double OutageHours);

/// <summary>How the summary report's period is counted after handling ends.</summary>
public enum SummaryDayCount
{
    /// <summary>Calendar days (a period ending on a rest day or holiday ends on the next working day).</summary>
    CalendarDays,

    /// <summary>Working days of the holiday calendar.</summary>
    WorkingDays,
}

public sealed record GradingThresholds(
    GradeThreshold ExtraordinarilyMajor,
    GradeThreshold Major,
    GradeThreshold Significant,
    OperatorKind Operator,
    int FinalReportWithinDays,
    SummaryDayCount FinalReportDayCount)
{
    /// <summary>
    /// Defaults: people 1亿 / 1000万 / 100万 (the last two to confirm); direct economic loss 1亿元 / 2000万元 / 500万元 and
    /// outage 24 / 12 / 6 hours (to confirm); an ordinary operator; summary report 30 calendar days after handling (to confirm).
    /// </summary>
    public static GradingThresholds Default { get; } = new(
        new GradeThreshold(100_000_000, 100_000_000m, 24),
        new GradeThreshold(10_000_000, 20_000_000m, 12),
        new GradeThreshold(1_000_000, 5_000_000m, 6),
        OperatorKind.Ordinary,
        FinalReportWithinDays: 30,
        FinalReportDayCount: SummaryDayCount.CalendarDays);

    public GradeThreshold For(IncidentGrade grade) => grade switch
    {
        IncidentGrade.ExtraordinarilyMajor => ExtraordinarilyMajor,
        IncidentGrade.Major => Major,
        IncidentGrade.Significant => Significant,
        _ => new GradeThreshold(0, 0, 0),
    };

    /// <summary>The route and clock of the initial report for this operator (Art. 4 of the Measures).</summary>
    public ReportingRoute Route => ReportingRoute.For(Operator);

    /// <summary>Every threshold positive and each grade's numbers above the grade below.</summary>
    public bool IsValid =>
        FinalReportWithinDays is > 0 and <= 365 && Enum.IsDefined(Operator) && Enum.IsDefined(FinalReportDayCount)
        && Significant.People > 0 && Significant.EconomicLossYuan > 0 && Significant.OutageHours > 0
        && Major.People > Significant.People && ExtraordinarilyMajor.People > Major.People
        && Major.EconomicLossYuan > Significant.EconomicLossYuan && ExtraordinarilyMajor.EconomicLossYuan > Major.EconomicLossYuan
        && Major.OutageHours > Significant.OutageHours && ExtraordinarilyMajor.OutageHours > Major.OutageHours;
}
