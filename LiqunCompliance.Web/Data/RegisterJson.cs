using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Web.Data;

/// <summary>A catalogue item as a published list froze it.</summary>
public sealed record CatalogueItemSnapshot(string Code, InformationCategory Category, string NameZh, string NameEn, bool Sensitive)
{
    public static CatalogueItemSnapshot From(PersonalInformationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Code, item.Category, item.NameZh, item.NameEn, item.IsSensitive);
    }

    public PersonalInformationItem ToItem() => PersonalInformationItem.Create(Code, Category, NameZh, NameEn, Sensitive);
}

/// <summary>How entries, versions and snapshots are stored: readable JSON, enums by name, Chinese unescaped.</summary>
public static class RegisterJson
{
    private static JsonSerializerOptions Options => JsonColumns.Options;

    public static string Write(RegisterEntryData entry) => JsonSerializer.Serialize(entry, Options);

    public static RegisterEntryData Read(string json) =>
        JsonSerializer.Deserialize<RegisterEntryData>(json, Options) ?? throw new InvalidOperationException("Empty register entry JSON.");

    public static string WriteEntries(IEnumerable<RegisterEntryData> entries) => JsonSerializer.Serialize(entries, Options);

    public static IReadOnlyList<RegisterEntryData> ReadEntries(string json) => JsonSerializer.Deserialize<List<RegisterEntryData>>(json, Options) ?? [];

    public static string WriteCatalogue(IEnumerable<CatalogueItemSnapshot> items) => JsonSerializer.Serialize(items, Options);

    public static IReadOnlyList<CatalogueItemSnapshot> ReadCatalogue(string json) => JsonSerializer.Deserialize<List<CatalogueItemSnapshot>>(json, Options) ?? [];

    /// <summary>SHA-256 over both JSON texts, lower-case hex.</summary>
    public static string Hash(string entriesJson, string catalogueJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entriesJson + "\n" + catalogueJson)));
}
