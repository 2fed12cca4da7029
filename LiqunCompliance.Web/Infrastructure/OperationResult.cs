namespace LiqunCompliance.Web.Infrastructure;

/// <summary>The outcome of a write: success, or localised messages saying why nothing changed.</summary>
public sealed record OperationResult(IReadOnlyList<string> Errors)
{
    public static OperationResult Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static OperationResult Failure(params string[] errors) => new(errors);
}
