using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Reports.Pdf;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>
/// GET /incidents/{id}/reports/{reportId}.pdf: a report to the regulator as a document — 关于…网络安全事件的初报/续报/总结报告,
/// the reporting unit, every field of its kind, the recipient and time (Shanghai), and places for the signature, the
/// seal and the date. Always in Chinese, the regulator's language. A draft prints with a 草稿 marking.
/// </summary>
public static class IncidentReportPdf
{
    public static string Link(Guid incidentId, Guid reportId) => $"/incidents/{incidentId}/reports/{reportId}.pdf";

    /// <summary>INC-2026-0001-初报-20261106-1430.pdf: the kind in words and the time it was sent (or drafted), Shanghai.</summary>
    public static string FileName(Incident incident, RegulatorReport report, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        using var chinese = CultureScope.Use("zh-CN");
        var at = ChinaTime.ToShanghai(report.SentAt ?? report.CreatedAt).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return $"{incident.Reference}-{text[$"Incidents.ReportKind.{report.Kind}"].Value}{(report.IsSent ? string.Empty : "-草稿")}-{at}.pdf";
    }

    public static IEndpointRouteBuilder MapIncidentReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/incidents/{id:guid}/reports/{reportId:guid}.pdf", async (Guid id, Guid reportId, IncidentService incidents, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var detail = await incidents.GetAsync(id, cancellationToken);
            var report = detail?.Incident.Reports.FirstOrDefault(r => r.Id == reportId);
            if (detail is null || report is null)
            {
                return Results.NotFound();
            }

            using var buffer = new MemoryStream();
            Write(detail.Incident, report, text, buffer);
            return Results.File(buffer.ToArray(), "application/pdf", FileName(detail.Incident, report, text));
        }).RequireAuthorization(AccessPolicies.ViewIncidents);

        return endpoints;
    }

    public static void Write(Incident incident, RegulatorReport report, IStringLocalizer<SharedResource> text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        using var chinese = CultureScope.Use("zh-CN");
        var kind = text[$"Incidents.ReportKind.{report.Kind}"].Value;
        var sent = report.SentAt is { } at ? IncidentReportPrefill.At(at) : text["Incidents.Report.NotSent"].Value;
        var title = text["Incidents.Report.DocumentTitle", incident.Title, kind].Value;
        var unit = report.Fields.TryGetValue(ReportField.ReportingUnit, out var named) ? named : $"{LiqunFacts.LegalName}（{LiqunFacts.AppName}）";
        using var pdf = new PdfLayout(title, text["Incidents.Report.PdfHeader", incident.Reference, kind], text["Incidents.Report.PdfFooter", sent, report.ByName])
        {
            PageNumberFormat = text["Letters.PageNumber"],
        };
        pdf.Heading(title);
        if (!report.IsSent)
        {
            pdf.Note(text["Incidents.Report.DraftMarking"]);
        }

        pdf.KeyValues(
        [
            (text["Incidents.Report.To"], string.IsNullOrWhiteSpace(report.Recipient) ? "—" : report.Recipient),
            (text["Incidents.ReportField.ReportingUnit"], unit),
            (text["Incidents.Field.Reference"], incident.Reference),
            (text["Incidents.Report.SentAt"], sent),
            (text["Incidents.Report.Reference"], report.Reference ?? "—"),
        ]);
        if (report.Fields.Count > 0)
        {
            var fields = RegulatorReportForm.Fields(report.Kind).Where(f => f != ReportField.ReportingUnit);
            pdf.Table([text["Incidents.Report.Item"], text["Incidents.Report.Content"]],
                [.. fields.Select(f => (IReadOnlyList<string>)[text[$"Incidents.ReportField.{f}"].Value, report.Fields.TryGetValue(f, out var v) ? v : text["Incidents.Report.Blank"].Value])],
                [0.3, 0.7]);
        }
        else
        {
            pdf.Note(text["Incidents.Report.Legacy"]);
            foreach (var paragraph in report.Content.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                pdf.Paragraph(paragraph);
            }
        }

        var dated = ChinaTime.ToShanghai(report.SentAt ?? report.CreatedAt);
        pdf.Closing(
        [
            text["Incidents.Report.SignUnit", unit],
            text["Incidents.Report.SignPerson"],
            text["Incidents.Report.SignDate", dated.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)],
        ]);
        pdf.Save(output);
    }
}
