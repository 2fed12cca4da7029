namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>A refused post's messages, and the ARIA attributes that tie each field to its message.</summary>
public sealed class PublicFormErrors
{
    public static PublicFormErrors None { get; } = new(new Dictionary<string, string>(), []);

    public PublicFormErrors(IReadOnlyDictionary<string, string> fields, IReadOnlyList<string> messages)
    {
        Fields = fields;
        Messages = messages;
    }

    public IReadOnlyDictionary<string, string> Fields { get; }

    public IReadOnlyList<string> Messages { get; }

    public static PublicFormErrors Of(Infrastructure.OperationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PublicFormErrors(result.FieldErrors, [.. result.Messages]);
    }

    /// <summary>aria-invalid: "true" for a field with a message, else absent.</summary>
    public string? Invalid(string field) => Fields.ContainsKey(field) ? "true" : null;

    /// <summary>aria-describedby: the field's hint and its message, else absent.</summary>
    public string? Described(string field, string? hint = null)
    {
        var joined = string.Join(' ', new[] { hint, Fields.ContainsKey(field) ? FieldMessage.ErrorId(field) : null }.Where(i => i is not null));
        return joined.Length == 0 ? null : joined;
    }
}
