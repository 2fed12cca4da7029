using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>GET /reports/regulator-pack.zip?from=2026-10-01&amp;to=2026-10-31 (Management, PrivacyOfficer, Auditor).</summary>
public static class RegulatorPackEndpoint
{
    public static IEndpointRouteBuilder MapRegulatorPack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/regulator-pack.zip", async (DateOnly? from, DateOnly? to, RegulatorPackService packs, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var today = LiqunCompliance.Domain.Common.ChinaTime.Today(clock);
            var (start, end) = (from ?? today.AddDays(-90), to ?? today);
            if (end < start || end.DayNumber - start.DayNumber > 3660)
            {
                return Results.Problem(text["Reports.Error.Period"], statusCode: StatusCodes.Status400BadRequest);
            }

            return Results.File(await packs.BuildAsync(start, end, cancellationToken), "application/zip", $"liqun-regulator-pack-{start:yyyyMMdd}-{end:yyyyMMdd}.zip");
        }).RequireAuthorization(AccessPolicies.ViewReports);
        return endpoints;
    }
}
