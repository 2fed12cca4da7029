using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>
/// A request in the monthly lists (personal data masked). <see cref="Status"/> and <see cref="ClosedAt"/> are as they are
/// now; the snapshot as of the month's end is <see cref="ClosedByMonthEnd"/>, <see cref="ReceivedInMonth"/>,
/// <see cref="ClosedInMonth"/> and <see cref="OnTime"/> (set only for requests closed in the month).
/// </summary>
public sealed record ReportRequestRow(
    string Reference, RequestType Type, RequestChannel Channel, RequestStatus Status, string MaskedName, DateTimeOffset ReceivedAt,
    DateOnly? DueDate, DateTimeOffset? ClosedAt, bool? OnTime, double? DaysToClose, RefusalReason? RefusalReason, string? AssigneeName)
{
    public bool ReceivedInMonth { get; init; }

    public bool ClosedInMonth { get; init; }

    /// <summary>Closed before the month ended (its status then was its closed status); otherwise it was open at month end.</summary>
    public bool ClosedByMonthEnd { get; init; }
}

public sealed record ReportIncidentRow(
    string Reference, string Title, IncidentCategory Category, IncidentGrade Grade, IncidentStatus Status, DateTimeOffset DiscoveredAt,
    DateTimeOffset? InitialReportAt, DateTimeOffset? ReportDueAt, long PeopleMax, int Notices, bool GradeConfirmed = false);

public sealed record ReportRegisterChange(string Name, string Provider, string Change, DateTimeOffset At, string ByName);

public sealed record ReportPolicyRow(string Document, string Label, DateOnly? EffectiveDate, DateTimeOffset? PublishedAt, string Summary);

/// <summary>Summary reports due in a month: how many, sent by their due time, late (sent after it, or not sent when it passed).</summary>
public sealed record SummaryReportFigures(int DueInMonth, int SentOnTime, int Late);

/// <summary>Everything the monthly PDF and workbook show, computed once from the database.</summary>
public sealed record MonthlyReport(
    ReportMonth Month, DateTimeOffset GeneratedAt, RequestMonth Requests, RequestMonth PreviousRequests,
    IReadOnlyList<(DateOnly WeekStart, int Received, int Closed)> Weekly,
    IReadOnlyList<ReportRequestRow> RequestRows, IReadOnlyList<ReportRequestRow> Overdue, IReadOnlyList<ReportRequestRow> Rejected,
    IReadOnlyList<ReportIncidentRow> Incidents, int PreviousIncidents,
    IReadOnlyList<ReportRegisterChange> RegisterChanges, int PreviousRegisterChanges, IReadOnlyList<int> ListsPublished,
    IReadOnlyList<ReportPolicyRow> Policies)
{
    /// <summary>When the report is made before the month is over: the day it covers up to (Shanghai); null for a finished month.</summary>
    public DateOnly? UnfinishedAsOf { get; init; }

    /// <summary>Summary reports to the regulator that fell due in the month.</summary>
    public SummaryReportFigures SummaryReports { get; init; } = new(0, 0, 0);

    /// <summary>The audit chain's head published with this report (sequence and hash), so its readers hold an outside copy.</summary>
    public LiqunCompliance.Domain.Audit.PublishedAuditHead? AuditHead { get; init; }
}
