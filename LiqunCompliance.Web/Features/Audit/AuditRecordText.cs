using System.Collections.Concurrent;
using System.Globalization;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Audit;

/// <summary>
/// How a stored audit record reads for a person: record types, fields and values in the reader's language (隐私请求,
/// 状态：待核验身份 → 已拒绝), instants in Beijing time, yes/no for flags. The record itself keeps the code names and
/// invariant values it was sealed with; only its presentation changes. What a value's type is comes from the database
/// model (an enum property is shown through <see cref="EnumTextKeys"/>).
/// </summary>
public sealed partial class AuditRecordText(IStringLocalizer<SharedResource> text)
{
    /// <summary>The longest value shown on the page (long JSON documents end with "…"; the export has them whole).</summary>
    public const int PageValueLength = 160;

    private static readonly ConcurrentDictionary<IModel, IReadOnlyDictionary<(string Entity, string Field), Type>> FieldTypes = new();

    /// <summary>The detail fields of business events whose value is an enum's name.</summary>
    private static readonly Dictionary<string, Type> EventFieldTypes = new(StringComparer.Ordinal)
    {
        ["searchedBy"] = typeof(Domain.Requests.CallerKeyKind),
        ["problem"] = typeof(AuditChainProblem),
    };

    public string Entity(string entityType)
    {
        var name = text[$"Audit.Entity.{entityType}"];
        return name.ResourceNotFound ? entityType : name.Value;
    }

    /// <summary>A field's name; an event's detail field (reference, value…) shares the text of the property with its capitalised name.</summary>
    public string Field(string field)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        var name = text[$"Audit.Field.{field}"];
        if (name.ResourceNotFound && char.IsLower(field[0]))
        {
            name = text[$"Audit.Field.{char.ToUpperInvariant(field[0])}{field[1..]}"];
        }

        return name.ResourceNotFound ? field : name.Value;
    }

    public string Action(AuditAction action) => text[$"Audit.Action.{action}"];

    public string Role(string role) => text[$"Role.{role}"] is { ResourceNotFound: false } name ? name.Value : role;

    /// <summary>One change as a line: 状态：待核验身份 → 已拒绝 (a created record shows its value only).</summary>
    public string Change(IModel model, string entityType, FieldChange change, int? maxValueLength = PageValueLength)
    {
        ArgumentNullException.ThrowIfNull(change);
        var after = Value(model, entityType, change.Field, change.After, maxValueLength);
        return change.Before is null
            ? text["Audit.Change.Set", Field(change.Field), after]
            : text["Audit.Change.Changed", Field(change.Field), Value(model, entityType, change.Field, change.Before, maxValueLength), after];
    }

    /// <summary>A stored value in the reader's language: an enum value's text, 是/否, a Beijing time, or the value as stored.</summary>
    public string Value(IModel model, string entityType, string field, string? value, int? maxLength = PageValueLength)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (string.IsNullOrEmpty(value))
        {
            return text["Audit.Value.Empty"];
        }

        if (value == "[redacted]")
        {
            return text["Audit.Value.Redacted"];
        }

        // A business event's fixed wording (sign-in method, refusal reason, export stage) has its own text.
        if (text[$"Audit.EventValue.{field}.{value.Replace(' ', '_').Replace(',', '_')}"] is { ResourceNotFound: false } fixedText)
        {
            return fixedText;
        }

        if (field == "export" && ExportStage().Match(value) is { Success: true } stage)
        {
            return text["Audit.EventValue.export.finished", stage.Groups[1].Value];
        }

        var type = TypesOf(model).GetValueOrDefault((entityType, field)) ?? EventFieldTypes.GetValueOrDefault(field);
        if (type is not null && type.IsEnum && EnumTextKeys.Key(type, value) is { } key)
        {
            return text[key];
        }

        if (type == typeof(bool) || (type is null && value is "True" or "False" or "true" or "false"))
        {
            return bool.TryParse(value, out var flag) ? text[flag ? "Audit.Value.Yes" : "Audit.Value.No"] : value;
        }

        if ((type == typeof(DateTimeOffset) || type is null) && value.Length >= 20 && value[4] == '-' && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return ChinaTime.ToShanghai(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return maxLength is { } max && value.Length > max ? string.Concat(value.AsSpan(0, max), "…") : value;
    }

    /// <summary>Every mapped property's type by (record type, field), owned types included, read once per model.</summary>
    internal static IReadOnlyDictionary<(string Entity, string Field), Type> TypesOf(IModel model) => FieldTypes.GetOrAdd(model, m =>
    {
        var types = new Dictionary<(string, string), Type>();
        foreach (var entity in m.GetEntityTypes())
        {
            var name = Data.Interceptors.AuditChangeBuilder.EntityTypeName(entity.ClrType);
            foreach (var property in entity.GetProperties())
            {
                types[(name, property.Name)] = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            }
        }

        return types;
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"^finished, (\d+) rows, unmasked$")]
    private static partial System.Text.RegularExpressions.Regex ExportStage();
}
