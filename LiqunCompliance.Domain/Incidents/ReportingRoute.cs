namespace LiqunCompliance.Domain.Incidents;

/// <summary>Which kind of network operator the office reports as (Art. 4 of 《国家网络安全事件报告管理办法》).</summary>
public enum OperatorKind
{
    /// <summary>其他网络运营者: reports to the provincial CAC within 4 hours.</summary>
    Ordinary,

    /// <summary>关键信息基础设施运营者: reports to its protection department and the public security organ within 1 hour.</summary>
    CriticalInformationInfrastructure,

    /// <summary>中央和国家机关各部门及其直属单位: reports to its own network-security office within 2 hours.</summary>
    CentralStateOrgan,
}

/// <summary>Who receives a report.</summary>
public enum ReportRecipient
{
    /// <summary>属地省级网信部门 (for Liqun: 山东省委网信办).</summary>
    ProvincialCac,

    /// <summary>保护工作部门.</summary>
    ProtectionDepartment,

    /// <summary>公安机关.</summary>
    PublicSecurityOrgan,

    /// <summary>本部门网信工作机构.</summary>
    DepartmentCyberOffice,
}

/// <summary>
/// Where an initial report goes and within how many hours of discovery, per operator kind, as Art. 4 of the Measures
/// (in force 2025-11-01) says; follow-ups and the summary report go the same way ("按照原渠道").
/// </summary>
public sealed record ReportingRoute(OperatorKind Operator, IReadOnlyList<ReportRecipient> Recipients, int WithinHours)
{
    /// <summary>The article the route is taken from.</summary>
    public const string Source = "《国家网络安全事件报告管理办法》第四条";

    public static ReportingRoute For(OperatorKind kind) => kind switch
    {
        OperatorKind.CriticalInformationInfrastructure => new(kind, [ReportRecipient.ProtectionDepartment, ReportRecipient.PublicSecurityOrgan], 1),
        OperatorKind.CentralStateOrgan => new(kind, [ReportRecipient.DepartmentCyberOffice], 2),
        _ => new(OperatorKind.Ordinary, [ReportRecipient.ProvincialCac], 4),
    };
}
