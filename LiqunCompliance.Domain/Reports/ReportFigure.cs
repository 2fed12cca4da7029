namespace LiqunCompliance.Domain.Reports;

/// <summary>
/// The figures management reads on the dashboard, in the monthly PDF and workbook. Each is computed by one rule in
/// <see cref="RequestStatistics"/> (or the incident clocks); its definition in words is the resource
/// "Reports.Definition.{figure}", shown as the dashboard's tooltip, the PDF's 定义 note and the workbook's 定义 sheet.
/// </summary>
public enum ReportFigure
{
    Received,
    Closed,
    ClosedWithoutDueDate,
    Open,
    Overdue,
    OnTimeRate,
    MedianDaysToClose,
    P90DaysToClose,
    Rejected,
    IncidentsByGrade,
    ReportsDue,
}
