using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Web.Reports.Pdf;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>
/// The monthly compliance report: cover, contents, a one-page summary for management (figures with last month beside
/// them and a sentence per area), request statistics with charts, overdue and rejected requests, incidents, register
/// changes and policy revisions. Period and generation time in the footer.
/// </summary>
public static class MonthlyReportPdf
{
    public static void Write(MonthlyReport report, IStringLocalizer<SharedResource> text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var generated = ChinaTime.ToShanghai(report.GeneratedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var title = text["Reports.Title", report.Month.ToString()].Value;
        using var pdf = new PdfLayout(title, $"{title} · {text["Reports.InternalUse"]}", text["Reports.PdfFooter", report.Month.ToString(), generated])
        {
            PageNumberFormat = text["Letters.PageNumber"],
            ContentsTitle = text["Reports.Contents"],
        };
        var period = text["Reports.Period", report.Month.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.Month.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value;
        pdf.Cover(title, $"{LiqunFacts.LegalName}（{LiqunFacts.AppName}）",
            $"{period}\n{text["Reports.Generated", generated]}\n{text["Reports.InternalUse"]}{AuditHeadLine(report, text)}").ContentsPage();

        pdf.Section(text["Reports.Section.Summary"]);
        if (report.UnfinishedAsOf is { } asOf)
        {
            pdf.Note(text["Reports.Unfinished", asOf.ToString(CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "M月d日" : "d MMMM", CultureInfo.CurrentUICulture)]);
        }

        pdf.Table([text["Reports.Col.Figure"], report.Month.ToString(), report.Month.Previous.ToString()],
            [.. MonthlyReportFigures.Headline(report, text).Select(f => (IReadOnlyList<string>)[f.Label, Format(f.Current, f.Percent), Format(f.Previous, f.Percent)])], [0.5, 0.25, 0.25]);
        foreach (var sentence in MonthlyReportFigures.Sentences(report, text))
        {
            pdf.Paragraph("• " + sentence);
        }

        pdf.Section(text["Reports.Section.Requests"], keepWith: PdfLayout.BarChartHeight(report.Requests.ReceivedByType.Count));
        pdf.BarChart(text["Reports.Chart.ByType"], [.. report.Requests.ReceivedByType.OrderByDescending(p => p.Value).Select(p => (text[$"Requests.Type.{p.Key}"].Value, (double)p.Value))]);
        pdf.LineChart(text["Reports.Chart.Weekly"], [.. report.Weekly.Select(w => w.WeekStart.ToString("MM-dd", CultureInfo.InvariantCulture))],
            [(text["Reports.Figure.Received"], [.. report.Weekly.Select(w => (double)w.Received)]), (text["Reports.Figure.Closed"], [.. report.Weekly.Select(w => (double)w.Closed)])]);

        pdf.Section(text["Reports.Section.Overdue"]);
        if (report.Requests.OverdueOpenAtMonthEnd > report.Overdue.Count)
        {
            pdf.Note(text["Reports.Listed", report.Overdue.Count, report.Requests.OverdueOpenAtMonthEnd]);
        }

        RequestTable(pdf, report.Overdue, text, withReason: false);
        pdf.Section(text["Reports.Section.Rejected"]);
        RequestTable(pdf, report.Rejected, text, withReason: true);

        pdf.Section(text["Reports.Section.Incidents"]);
        if (report.Incidents.Count == 0)
        {
            pdf.Paragraph(text["Reports.None"]);
        }
        else
        {
            pdf.Table(
                [text["Incidents.Field.Reference"], text["Incidents.Field.Title"], text["Incidents.Field.Grade"], text["Incidents.Field.Discovered"], text["Reports.Col.ReportDue"], text["Reports.Col.Reported"]],
                [.. report.Incidents.Select(i => (IReadOnlyList<string>)[i.Reference, i.Title, Incidents.IncidentGradeText.Label(text, i.Grade, i.GradeConfirmed), When(i.DiscoveredAt), When(i.ReportDueAt), When(i.InitialReportAt)])],
                [0.16, 0.3, 0.1, 0.15, 0.15, 0.14]);
        }

        pdf.Section(text["Reports.Section.Register"]);
        pdf.Paragraph(text["Reports.ListsPublished", report.ListsPublished.Count == 0 ? "—" : string.Join("、", report.ListsPublished.Select(n => $"v{n}"))]);
        if (report.RegisterChanges.Count > 0)
        {
            pdf.Table([text["Register.Field.Name"], text["Reports.Col.Change"], text["Reports.Col.ChangedAt"], text["Reports.Col.ChangedBy"]],
                [.. report.RegisterChanges.Select(c => (IReadOnlyList<string>)[c.Name, text[$"Register.Change.{c.Change}"], When(c.At), c.ByName])], [0.4, 0.15, 0.25, 0.2]);
        }

        pdf.Section(text["Reports.Section.Policies"]);
        if (report.Policies.Count == 0)
        {
            pdf.Paragraph(text["Reports.None"]);
        }
        else
        {
            pdf.Table([text["Policies.Document"], text["Policies.Label"], text["Policies.EffectiveDate"], text["Policies.Summary"]],
                [.. report.Policies.Select(p => (IReadOnlyList<string>)[p.Document, p.Label, p.EffectiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—", p.Summary])], [0.22, 0.12, 0.14, 0.52]);
        }

        pdf.Section(text["Reports.Section.Definitions"]);
        pdf.Table([text["Reports.Col.Figure"], text["Reports.Section.Definitions"]],
            [.. MonthlyReportFigures.Definitions(text).Select(d => (IReadOnlyList<string>)[d.Figure, d.Definition])], [0.25, 0.75]);
        pdf.Save(output);
    }

    private static void RequestTable(PdfLayout pdf, IReadOnlyList<ReportRequestRow> rows, IStringLocalizer<SharedResource> text, bool withReason)
    {
        if (rows.Count == 0)
        {
            pdf.Paragraph(text["Reports.None"]);
            return;
        }

        pdf.Table(
            [text["Reports.Col.Reference"], text["Reports.Col.Type"], text["Reports.Col.Received"], text["Reports.Col.Due"], withReason ? text["Reports.Col.Reason"] : text["Reports.Col.Assignee"]],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Reference, text[$"Requests.Type.{r.Type}"], When(r.ReceivedAt), r.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                withReason ? (r.RefusalReason is { } reason ? text[$"Requests.Refusal.{reason}"].Value : "—") : r.AssigneeName ?? "—"])],
            [0.2, 0.16, 0.2, 0.14, 0.3]);
    }

    private static string When(DateTimeOffset? instant) => instant is { } v ? ChinaTime.ToShanghai(v).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    private static string Format(double? value, bool percent) => MonthlyReportFigures.Format(value, percent);

    /// <summary>"审计链头：第 n 条，哈希 …": the outside copy of the chain's head that Verify is later compared with.</summary>
    public static string AuditHeadLine(MonthlyReport report, IStringLocalizer<SharedResource> text) =>
        report.AuditHead is { } head ? "\n" + text["Reports.AuditHead", head.Sequence, head.Hash] : string.Empty;
}
