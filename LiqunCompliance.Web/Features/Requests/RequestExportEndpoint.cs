using System.Globalization;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>GET /requests/export.xlsx with the queue's filters in the query string (and unmasked=true for clear text).</summary>
public static class RequestExportEndpoint
{
    public const string Path = "/requests/export.xlsx";

    public static string Link(RequestQueueQuery query, bool unmasked = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string?>
        {
            ["view"] = query.View.ToString(),
            ["status"] = query.Status?.ToString(),
            ["type"] = query.Type?.ToString(),
            ["channel"] = query.Channel?.ToString(),
            ["assignee"] = query.AssigneeId,
            ["flagged"] = query.FlaggedOnly ? "true" : null,
            ["dueFrom"] = query.DueFrom?.ToString("O"),
            ["dueTo"] = query.DueTo?.ToString("O"),
            ["reference"] = query.Reference,
            ["caller"] = query.Caller?.Token,
            ["unmasked"] = unmasked ? "true" : null,
        };
        return QueryHelpers.AddQueryString(Path, values.Where(v => v.Value is not null)!);
    }

    public static IEndpointRouteBuilder MapRequestExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, RequestExportService exports, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var q = context.Request.Query;
            var query = new RequestQueueQuery(
                View: ExactEnum.ParseOrNull<QueueView>(q["view"]) ?? QueueView.Open,
                Status: ExactEnum.ParseOrNull<RequestStatus>(q["status"]),
                Type: ExactEnum.ParseOrNull<RequestType>(q["type"]),
                Channel: ExactEnum.ParseOrNull<RequestChannel>(q["channel"]),
                AssigneeId: q["assignee"].FirstOrDefault(),
                FlaggedOnly: q["flagged"] == "true",
                DueFrom: DateOnly.TryParse(q["dueFrom"], CultureInfo.InvariantCulture, out var from) ? from : null,
                DueTo: DateOnly.TryParse(q["dueTo"], CultureInfo.InvariantCulture, out var to) ? to : null,
                Reference: q["reference"].FirstOrDefault(),
                Caller: CallerFilter.FromToken(q["caller"].FirstOrDefault()));

            // Built in memory (100,000 rows are about 9 MB), never in a temporary file: an aborted or refused export
            // leaves nothing on disk. Nobody keeps a copy on the way: no-store.
            using var workbook = new MemoryStream();
            try
            {
                await exports.WriteAsync(query, q["unmasked"] == "true", workbook, cancellationToken);
            }
            catch (UnauthorizedAccessException)
            {
                // A plain 403 that says why (a bare status would be shown as "not found").
                return Results.Text(text["Requests.Export.ClearTextForbidden"], "text/plain; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status403Forbidden);
            }

            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Pragma = "no-cache";
            return Results.File(workbook.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "privacy-requests.xlsx");
        }).RequireAuthorization(AccessPolicies.ViewRequests);
        return endpoints;
    }
}
