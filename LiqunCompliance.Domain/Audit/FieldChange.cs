namespace LiqunCompliance.Domain.Audit;

/// <summary>One field of an audited change; values already masked where they hold personal data.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
