using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Web.Data.Interceptors;

/// <summary>The stored form of an audit record's changes. Its text is hashed: never change the format of old records.</summary>
public static class AuditChangeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string? Serialize(IReadOnlyList<FieldChange> changes) =>
        changes.Count == 0 ? null : JsonSerializer.Serialize(changes, Options);

    public static IReadOnlyList<FieldChange> Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<FieldChange>>(json, Options) ?? [];
        }
        catch (JsonException)
        {
            // A tampered row may hold anything; show it as one raw field rather than fail the page.
            return [new FieldChange("?", null, json)];
        }
    }
}
