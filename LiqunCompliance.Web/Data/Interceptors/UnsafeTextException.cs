namespace LiqunCompliance.Web.Data.Interceptors;

/// <summary>
/// A save carried text with a control character (or a broken surrogate) that no page, workbook or report can hold:
/// nothing was saved. The pages show it as "this field contains an invisible control character" (<c>Common.UnsafeText</c>).
/// </summary>
public sealed class UnsafeTextException : Exception
{
    public UnsafeTextException()
    {
    }

    public UnsafeTextException(string message)
        : base(message)
    {
    }

    public UnsafeTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnsafeTextException(string entity, string field)
        : base($"{entity}.{field} contains a control character; nothing was saved.")
    {
        Entity = entity;
        Field = field;
    }

    /// <summary>The record type's name (as in the audit trail).</summary>
    public string Entity { get; } = string.Empty;

    /// <summary>The property's name (as in the audit trail).</summary>
    public string Field { get; } = string.Empty;
}
