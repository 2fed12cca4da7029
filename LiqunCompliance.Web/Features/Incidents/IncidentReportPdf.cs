using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Reports.Pdf;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>GET /incidents/{id}/reports/{reportId}.pdf: a recorded regulator report in the shared PDF layout.</summary>
public static class IncidentReportPdf
{
    public static string Link(Guid incidentId, Guid reportId) => $"/incidents/{incidentId}/reports/{reportId}.pdf";

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
            return Results.File(buffer.ToArray(), "application/pdf", $"{detail.Incident.Reference}-{report.Kind}.pdf");
        }).RequireAuthorization(AccessPolicies.ViewIncidents);

        return endpoints;
    }

    public static void Write(Incident incident, RegulatorReport report, IStringLocalizer<SharedResource> text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var sent = ChinaTime.ToShanghai(report.SentAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        using var pdf = new PdfLayout(incident.Reference, text["Incidents.Report.PdfHeader", incident.Reference], text["Incidents.Report.PdfFooter", sent, report.ByName])
        {
            PageNumberFormat = text["Letters.PageNumber"],
        };
        pdf.Heading(text[$"Incidents.ReportKind.{report.Kind}"]);
        pdf.KeyValues(
        [
            (text["Incidents.Field.Reference"], incident.Reference),
            (text["Incidents.Report.Recipient"], report.Recipient),
            (text["Incidents.Report.SentAt"], sent),
            (text["Incidents.Report.Reference"], report.Reference ?? "—"),
            (text["Incidents.Field.Grade"], text[$"Incidents.Grade.{incident.EffectiveGrade}"]),
        ]);
        foreach (var paragraph in report.Content.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            pdf.Paragraph(paragraph);
        }

        pdf.Save(output);
    }
}
