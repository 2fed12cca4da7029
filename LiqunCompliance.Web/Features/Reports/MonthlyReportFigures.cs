using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>A headline figure with last month beside it, and which figure it is (for its definition).</summary>
public sealed record HeadlineFigure(string Label, double? Current, double? Previous, bool Percent = false, ReportFigure? Figure = null);

/// <summary>The headline figures and plain-language sentences shared by the PDF summary page and the workbook's summary sheet.</summary>
public static class MonthlyReportFigures
{
    public static IReadOnlyList<HeadlineFigure> Headline(MonthlyReport report, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        RequestMonth now = report.Requests, before = report.PreviousRequests;
        return
        [
            new(text["Reports.Figure.Received"], now.Received, before.Received, Figure: ReportFigure.Received),
            new(text["Reports.Figure.Closed"], now.Closed, before.Closed, Figure: ReportFigure.Closed),
            new(text["Reports.Figure.ClosedWithoutDueDate"], now.ClosedWithoutDueDate, before.ClosedWithoutDueDate, Figure: ReportFigure.ClosedWithoutDueDate),
            new(text["Reports.Figure.OnTimeRate"], now.OnTimeRate, before.OnTimeRate, Percent: true, Figure: ReportFigure.OnTimeRate),
            new(text["Reports.Figure.Median"], now.MedianDaysToClose, before.MedianDaysToClose, Figure: ReportFigure.MedianDaysToClose),
            new(text["Reports.Figure.P90"], now.P90DaysToClose, before.P90DaysToClose, Figure: ReportFigure.P90DaysToClose),
            new(text["Reports.Figure.Overdue"], now.OverdueOpenAtMonthEnd, before.OverdueOpenAtMonthEnd, Figure: ReportFigure.Overdue),
            new(text["Reports.Figure.Rejected"], now.Rejected, before.Rejected, Figure: ReportFigure.Rejected),
            new(text["Reports.Figure.Incidents"], report.Incidents.Count, report.PreviousIncidents),
            new(text["Reports.Figure.RegisterChanges"], report.RegisterChanges.Count, report.PreviousRegisterChanges),
            new(text["Reports.Figure.Policies"], report.Policies.Count, null),
        ];
    }

    /// <summary>One sentence per area, in the reader's language.</summary>
    public static IReadOnlyList<string> Sentences(MonthlyReport report, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var r = report.Requests;
        var rate = Format(r.OnTimeRate, percent: true);
        var reportable = report.Incidents.Count(i => i.ReportDueAt is not null);
        var late = report.Incidents.Count(i => i.ReportDueAt is { } due && (i.InitialReportAt is null || i.InitialReportAt > due));
        return
        [
            text["Reports.Sentence.Requests", r.Received, r.Closed, rate, r.OverdueOpenAtMonthEnd],
            text["Reports.Sentence.Incidents", report.Incidents.Count, reportable, late],
            text["Reports.Sentence.SummaryReports", report.SummaryReports.DueInMonth, report.SummaryReports.SentOnTime, report.SummaryReports.Late],
            text["Reports.Sentence.Register", report.RegisterChanges.Count, report.ListsPublished.Count],
            text["Reports.Sentence.Policies", report.Policies.Count],
        ];
    }

    /// <summary>
    /// A figure as every monthly output prints it (one rounding for the sentence, the table and the workbook's display):
    /// percentages to one decimal (90.9%), counts as integers, days to one decimal; "—" when there is none.
    /// </summary>
    public static string Format(double? value, bool percent) =>
        value is not { } v ? "—" : percent ? v.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture) : v.ToString(v % 1 == 0 ? "N0" : "N1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each figure with its definition (the PDF's 定义 section, the workbook's 定义 sheet; the dashboard's tooltips use the same texts).</summary>
    public static IReadOnlyList<(string Figure, string Definition)> Definitions(IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Enum.GetValues<ReportFigure>().Select(f => (FigureName(text, f), text[$"Reports.Definition.{f}", RequestStatistics.DashboardWindowWeeks].Value))];
    }

    private static string FigureName(IStringLocalizer<SharedResource> text, ReportFigure figure) => figure switch
    {
        ReportFigure.MedianDaysToClose => text["Reports.Figure.Median"],
        ReportFigure.P90DaysToClose => text["Reports.Figure.P90"],
        ReportFigure.Open => text["Reports.OpenAtMonthEnd"],
        ReportFigure.IncidentsByGrade => text["Dashboard.IncidentsOpen"],
        ReportFigure.ReportsDue => text["Reports.Col.ReportDue"],
        _ => text[$"Reports.Figure.{figure}"],
    };
}
