namespace LiqunCompliance.Domain.Incidents;

/// <summary>One field of a report to the regulator.</summary>
public enum ReportField
{
    /// <summary>报告单位（法定名称）.</summary>
    ReportingUnit,

    /// <summary>统一社会信用代码 (待确认 while unknown).</summary>
    CreditCode,
    ContactPerson,
    ContactPhone,
    OccurredAt,
    DiscoveredAt,

    /// <summary>The system, facility or service affected.</summary>
    SystemAffected,
    IncidentType,
    Grade,
    GradeBasis,
    PeopleAffected,
    DataCategories,
    SensitiveData,

    /// <summary>事件原因初步分析意见.</summary>
    CauseKnown,

    /// <summary>已造成的影响和危害、发展趋势.</summary>
    ImpactSoFar,
    MeasuresTaken,

    /// <summary>事件现场保护情况.</summary>
    EvidencePreserved,

    /// <summary>进一步调查分析所需的线索.</summary>
    InvestigationLeads,

    /// <summary>拟进一步采取的应对措施以及请求支援事项.</summary>
    NextSteps,

    /// <summary>续报: what changed since the last report.</summary>
    ChangedFacts,

    /// <summary>续报: handling progress.</summary>
    Progress,

    /// <summary>总结报告: handling ended.</summary>
    HandlingEndedAt,
    RootCause,
    FinalImpact,
    MeasuresAndEffect,
    Accountability,
    Improvements,
}

/// <summary>
/// The fields each kind of report to the regulator must carry (《国家网络安全事件报告管理办法》: the initial report's
/// contents; follow-ups when facts change; the summary report after handling: cause, measures, harm, accountability,
/// rectification and lessons), in the order the document prints them. Every field is required before a report can be
/// marked sent; an unknown value is written as such (e.g. 待确认), never left blank.
/// </summary>
public static class RegulatorReportForm
{
    private static readonly ReportField[] Unit = [ReportField.ReportingUnit, ReportField.CreditCode, ReportField.ContactPerson, ReportField.ContactPhone];

    public static IReadOnlyList<ReportField> Fields(RegulatorReportKind kind) => kind switch
    {
        RegulatorReportKind.Initial =>
        [
            .. Unit, ReportField.OccurredAt, ReportField.DiscoveredAt, ReportField.SystemAffected, ReportField.IncidentType, ReportField.Grade, ReportField.GradeBasis,
            ReportField.PeopleAffected, ReportField.DataCategories, ReportField.SensitiveData, ReportField.CauseKnown, ReportField.ImpactSoFar, ReportField.MeasuresTaken,
            ReportField.EvidencePreserved, ReportField.InvestigationLeads, ReportField.NextSteps,
        ],
        RegulatorReportKind.Supplement =>
        [
            .. Unit, ReportField.Grade, ReportField.GradeBasis, ReportField.ChangedFacts, ReportField.PeopleAffected, ReportField.DataCategories,
            ReportField.ImpactSoFar, ReportField.Progress, ReportField.MeasuresTaken, ReportField.NextSteps,
        ],
        _ =>
        [
            .. Unit, ReportField.OccurredAt, ReportField.DiscoveredAt, ReportField.HandlingEndedAt, ReportField.IncidentType, ReportField.Grade, ReportField.GradeBasis,
            ReportField.PeopleAffected, ReportField.DataCategories, ReportField.RootCause, ReportField.FinalImpact, ReportField.MeasuresAndEffect,
            ReportField.Accountability, ReportField.Improvements,
        ],
    };

    /// <summary>The fields of the kind that are blank.</summary>
    public static IReadOnlyList<ReportField> Missing(RegulatorReportKind kind, IReadOnlyDictionary<ReportField, string>? values) =>
        [.. Fields(kind).Where(f => values is null || !values.TryGetValue(f, out var v) || string.IsNullOrWhiteSpace(v))];

    /// <summary>The values of the kind's fields only, trimmed; longer than the limit is refused.</summary>
    public static IReadOnlyDictionary<ReportField, string> Clean(RegulatorReportKind kind, IReadOnlyDictionary<ReportField, string>? values)
    {
        var clean = new Dictionary<ReportField, string>();
        foreach (var field in Fields(kind))
        {
            if (values is not null && values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                var trimmed = value.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
                if (trimmed.Length > Incident.MaxTextLength)
                {
                    throw new IncidentRuleException(IncidentRule.TextTooLong);
                }

                clean[field] = trimmed;
            }
        }

        return clean;
    }
}
