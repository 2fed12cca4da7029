namespace LiqunCompliance.Domain.Incidents;

/// <summary>What a grading or reporting setting rests on: the source named, and whether the number is confirmed from it.</summary>
public sealed record SettingSource(string Key, bool Confirmed, string Basis, string BasisEn);

/// <summary>
/// The source of every grading threshold and reporting setting (design/domain.md, "Security incidents"). A number the
/// verified text does not give is <see cref="SettingSource.Confirmed"/> = false and is shown as 待确认（依据：…）.
/// There is no divisor for sensitive information: no source gives one, so the assistant does not apply one.
/// </summary>
public static class GradingSources
{
    private const string Guide = "《国家网络安全事件报告管理办法》附件《网络安全事件分级指南》";
    private const string GuideEn = "the grading guide annexed to the CAC Measures for Reporting Cybersecurity Incidents";
    private const string Draft = "2023年12月《网络安全事件报告管理办法（征求意见稿）》附件分级指南，正式文本待核对";
    private const string DraftEn = "the grading guide annexed to the December 2023 draft of the Measures; the final text is still to be checked";

    public static IReadOnlyList<SettingSource> All { get; } =
    [
        new("ExtraordinarilyMajor.People", true, Guide + "：泄露1亿人以上个人信息为特别重大事件", GuideEn + ": personal information of 100 million people or more leaked is extraordinarily major"),
        new("Major.People", false, Draft, DraftEn),
        new("Significant.People", false, Draft, DraftEn),
        new("EconomicLossYuan", false, Draft, DraftEn),
        new("OutageHours", false, "分级指南的中断时长针对关键信息基础设施和党政机关、重点新闻网站，是否适用于本公司系统待确认", "the guide's outage durations concern critical information infrastructure and government or news sites; whether they apply to Liqun's systems is to be confirmed"),
        new("Route", true, ReportingRoute.Source, "Art. 4 of the Measures"),
        new("FinalReportWithinDays", false, "《国家网络安全事件报告管理办法》关于处置结束后总结报告的规定；期限需对照正式文本确认", "the Measures' provision on the summary report after handling; the period is to be checked against the final text"),
    ];

    public static SettingSource For(string key) => All.First(s => s.Key == key);

    /// <summary>The source for a grade's people or money or outage threshold.</summary>
    public static SettingSource ForThreshold(IncidentGrade grade, string fact) => fact switch
    {
        "People" => For($"{grade}.People"),
        _ => For(fact),
    };
}
