namespace LiqunCompliance.Domain.Incidents;

/// <summary>
/// The numbers the grading assistant compares facts with, one set per grade above 一般. Defaults follow
/// design/domain.md; those marked unconfirmed there are flagged so the Administrator's settings say so.
/// </summary>
public sealed record GradeThreshold(long People, decimal EconomicLossYuan, double OutageHours);

public sealed record GradingThresholds(
    GradeThreshold ExtraordinarilyMajor,
    GradeThreshold Major,
    GradeThreshold Significant,
    int SensitiveDivisor,
    int ReportWithinHours,
    int ReportWithinHoursCii,
    bool CriticalInformationInfrastructure,
    int FinalReportWithinDays)
{
    /// <summary>Defaults: 100 million / 10 million / 1 million people (the last two to confirm); loss and outage to confirm.</summary>
    public static GradingThresholds Default { get; } = new(
        new GradeThreshold(100_000_000, 100_000_000m, 24),
        new GradeThreshold(10_000_000, 20_000_000m, 12),
        new GradeThreshold(1_000_000, 5_000_000m, 6),
        SensitiveDivisor: 10,
        ReportWithinHours: 4,
        ReportWithinHoursCii: 1,
        CriticalInformationInfrastructure: false,
        FinalReportWithinDays: 30);

    /// <summary>Which defaults domain.md marks "to confirm" (shown as such to the Administrator).</summary>
    public static IReadOnlyList<string> Unconfirmed { get; } =
        ["Major.People", "Significant.People", "EconomicLossYuan", "OutageHours", "SensitiveDivisor", "FinalReportWithinDays"];

    public GradeThreshold For(IncidentGrade grade) => grade switch
    {
        IncidentGrade.ExtraordinarilyMajor => ExtraordinarilyMajor,
        IncidentGrade.Major => Major,
        IncidentGrade.Significant => Significant,
        _ => new GradeThreshold(0, 0, 0),
    };

    /// <summary>Every threshold positive and each grade's numbers above the grade below.</summary>
    public bool IsValid =>
        SensitiveDivisor >= 1 && ReportWithinHours is > 0 and <= 72 && ReportWithinHoursCii is > 0 and <= 72 && FinalReportWithinDays is > 0 and <= 365
        && Significant.People > 0 && Significant.EconomicLossYuan > 0 && Significant.OutageHours > 0
        && Major.People > Significant.People && ExtraordinarilyMajor.People > Major.People
        && Major.EconomicLossYuan > Significant.EconomicLossYuan && ExtraordinarilyMajor.EconomicLossYuan > Major.EconomicLossYuan
        && Major.OutageHours > Significant.OutageHours && ExtraordinarilyMajor.OutageHours > Major.OutageHours;
}
