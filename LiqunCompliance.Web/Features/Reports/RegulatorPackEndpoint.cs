using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>GET /reports/regulator-pack.zip?from=2026-10-01&amp;to=2026-10-31&amp;lang=zh-CN (Management, PrivacyOfficer, Auditor); default: the last 3 months.</summary>
public static class RegulatorPackEndpoint
{
    public static IEndpointRouteBuilder MapRegulatorPack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/regulator-pack.zip", async (DateOnly? from, DateOnly? to, string? lang, RegulatorPackService packs, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var today = LiqunCompliance.Domain.Common.ChinaTime.Today(clock);
            var (start, end) = (from ?? DefaultFrom(today), to ?? today);
            if (end < start || end.DayNumber - start.DayNumber > 3660)
            {
                return Results.Problem(text["Reports.Error.Period"], statusCode: StatusCodes.Status400BadRequest);
            }

            using var culture = Infrastructure.CultureScope.Use(lang ?? Infrastructure.LocalizationExtensions.DefaultCulture);
            var made = LiqunCompliance.Domain.Common.ChinaTime.ToShanghai(clock.GetUtcNow());
            return Results.File(await packs.BuildAsync(start, end, cancellationToken), "application/zip",
                $"liqun-regulator-pack-{start:yyyyMMdd}-{end:yyyyMMdd}-made-{made:yyyyMMdd-HHmm}.zip");
        }).RequireAuthorization(AccessPolicies.ViewReports);
        return endpoints;
    }

    /// <summary>The period's default start: three months before today.</summary>
    public static DateOnly DefaultFrom(DateOnly today) => today.AddMonths(-3);

    public static string Link(DateOnly from, DateOnly to, string culture) =>
        $"/reports/regulator-pack.zip?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&lang={Uri.EscapeDataString(culture)}";
}
