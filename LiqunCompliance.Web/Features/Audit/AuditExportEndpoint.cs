using System.Globalization;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace LiqunCompliance.Web.Features.Audit;

/// <summary>GET /audit/export.xlsx with the trail's filters in the query string: the filtered records for an external auditor.</summary>
public static class AuditExportEndpoint
{
    public const string Path = "/audit/export.xlsx";

    public static string Link(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string?>
        {
            ["from"] = query.From?.ToString("O", CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("O", CultureInfo.InvariantCulture),
            ["user"] = string.IsNullOrWhiteSpace(query.User) ? null : query.User.Trim(),
            ["entity"] = query.EntityType,
            ["action"] = query.Action?.ToString(),
        };
        return QueryHelpers.AddQueryString(Path, values.Where(v => v.Value is not null)!);
    }

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, AuditTrailService audit, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var q = context.Request.Query;
            var query = new AuditQuery(
                DateOnly.TryParse(q["from"], CultureInfo.InvariantCulture, out var from) ? from : null,
                DateOnly.TryParse(q["to"], CultureInfo.InvariantCulture, out var to) ? to : null,
                q["user"].FirstOrDefault(),
                q["entity"].FirstOrDefault(),
                ExactEnum.ParseOrNull<AuditAction>(q["action"]));

            // In memory, never a temporary file (an aborted export leaves nothing on disk); nobody keeps a copy: no-store.
            using var workbook = new MemoryStream();
            var result = await audit.ExportAsync(query, workbook, cancellationToken);
            if (!result.Succeeded)
            {
                return Results.Text(result.Error, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status400BadRequest);
            }

            context.Response.Headers.CacheControl = "no-store";
            var made = ChinaTime.ToShanghai(clock.GetUtcNow()).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
            return Results.File(workbook.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"liqun-audit-trail-{made}.xlsx");
        }).RequireAuthorization(AccessPolicies.ViewAuditTrail);
        return endpoints;
    }
}
