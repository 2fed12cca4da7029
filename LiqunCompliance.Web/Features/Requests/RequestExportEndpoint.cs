using System.Globalization;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
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
            ["unmasked"] = unmasked ? "true" : null,
        };
        return QueryHelpers.AddQueryString(Path, values.Where(v => v.Value is not null)!);
    }

    public static IEndpointRouteBuilder MapRequestExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, RequestExportService exports, CancellationToken cancellationToken) =>
        {
            var q = context.Request.Query;
            var query = new RequestQueueQuery(
                View: Enum.TryParse<QueueView>(q["view"], out var view) ? view : QueueView.Open,
                Status: Enum.TryParse<RequestStatus>(q["status"], out var status) ? status : null,
                Type: Enum.TryParse<RequestType>(q["type"], out var type) ? type : null,
                Channel: Enum.TryParse<RequestChannel>(q["channel"], out var channel) ? channel : null,
                AssigneeId: q["assignee"].FirstOrDefault(),
                FlaggedOnly: q["flagged"] == "true",
                DueFrom: DateOnly.TryParse(q["dueFrom"], CultureInfo.InvariantCulture, out var from) ? from : null,
                DueTo: DateOnly.TryParse(q["dueTo"], CultureInfo.InvariantCulture, out var to) ? to : null,
                Reference: q["reference"].FirstOrDefault());

            var file = System.IO.Path.GetTempFileName();
            await using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await exports.WriteAsync(query, q["unmasked"] == "true", stream, cancellationToken);
            }

            var read = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            return Results.File(read, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "privacy-requests.xlsx");
        }).RequireAuthorization(AccessPolicies.ViewRequests);
        return endpoints;
    }
}
