using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>A headline figure with last month beside it.</summary>
public sealed record HeadlineFigure(string Label, double? Current, double? Previous, bool Percent = false);

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
            new(text["Reports.Figure.Received"], now.Received, before.Received),
            new(text["Reports.Figure.Closed"], now.Closed, before.Closed),
            new(text["Reports.Figure.OnTimeRate"], now.OnTimeRate, before.OnTimeRate, Percent: true),
            new(text["Reports.Figure.Median"], now.MedianDaysToClose, before.MedianDaysToClose),
            new(text["Reports.Figure.P90"], now.P90DaysToClose, before.P90DaysToClose),
            new(text["Reports.Figure.Overdue"], now.OverdueOpenAtMonthEnd, before.OverdueOpenAtMonthEnd),
            new(text["Reports.Figure.Rejected"], now.Rejected, before.Rejected),
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
        var rate = r.OnTimeRate is { } v ? v.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "—";
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
}
