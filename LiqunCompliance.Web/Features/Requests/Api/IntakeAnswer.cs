using System.Globalization;
using System.Text.Json;

namespace LiqunCompliance.Web.Features.Requests.Api;

/// <summary>The API's answer to a created request, as JSON: returned at once and kept for a repeated submission.</summary>
public static class IntakeAnswer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Json(IntakeReceipt result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(new RequestStatusResponse(result.Reference, result.Status!.Value.ToString(),
            result.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), result.DeadlineRule!, result.CalendarWarning), Options);
    }

    public static string? ReferenceOf(string json) =>
        JsonSerializer.Deserialize<RequestStatusResponse>(json, Options)?.Reference;
}
