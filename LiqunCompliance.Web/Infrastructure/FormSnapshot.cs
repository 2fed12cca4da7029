using System.Text.Json;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// What a form held when it was loaded or last saved, to tell whether it has unsaved changes: the values serialised
/// (public properties, or a tuple of fields), compared as text.
/// </summary>
public sealed class FormSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    private string _taken = string.Empty;

    /// <summary>Remembers the values as they are now (after loading, after a save).</summary>
    public void Take(object? values) => _taken = Serialise(values);

    public bool Differs(object? values) => !string.Equals(_taken, Serialise(values), StringComparison.Ordinal);

    private static string Serialise(object? values) => values is null ? string.Empty : JsonSerializer.Serialize(values, values.GetType(), Options);
}
