using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>GET /reports/monthly.pdf?month=2026-10&amp;lang=zh-CN and /reports/monthly.xlsx?month=2026-10 (Management, PrivacyOfficer, Auditor).</summary>
public static class MonthlyReportEndpoints
{
    public static string Link(string format, ReportMonth month, string culture) => $"/reports/monthly.{format}?month={month}&lang={Uri.EscapeDataString(culture)}";

    public static IEndpointRouteBuilder MapMonthlyReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/monthly.{format:regex(^(pdf|xlsx)$)}", async (
            string format, string? month, string? lang, MonthlyReportService reports, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            ReportMonth period;
            if (month is null)
            {
                var previous = LiqunCompliance.Domain.Common.ChinaTime.Today(clock).AddMonths(-1);
                period = new ReportMonth(previous.Year, previous.Month);
            }
            else if (!ReportMonth.TryParse(month, out period))
            {
                return Results.Problem(text["Reports.Error.Month"], statusCode: StatusCodes.Status400BadRequest);
            }

            if (period.First > LiqunCompliance.Domain.Common.ChinaTime.Today(clock))
            {
                return Results.Problem(text["Reports.Error.FutureMonth", period.ToString()], statusCode: StatusCodes.Status400BadRequest);
            }

            var report = await reports.BuildAsync(period, cancellationToken);
            using var scope = CultureScope.Use(lang ?? LocalizationExtensions.DefaultCulture);
            using var buffer = new MemoryStream();
            if (format == "pdf")
            {
                MonthlyReportPdf.Write(report, text, buffer);
                return Results.File(buffer.ToArray(), "application/pdf", $"liqun-compliance-{period}.pdf");
            }

            MonthlyReportExcel.Write(report, text, buffer);
            return Results.File(buffer.ToArray(), Register.RegisterListEndpoints.ExcelContentType, $"liqun-compliance-{period}.xlsx");
        }).RequireAuthorization(AccessPolicies.ViewReports);
        return endpoints;
    }
}

