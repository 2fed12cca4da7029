namespace LiqunCompliance.Web.Data;

/// <summary>
/// The last number given in one series of references (LQ-2026, INC-2026). Taken by <see cref="ReferenceAllocator"/> in
/// the same transaction as the record that carries the number, so numbers are consecutive and a failed save gives its
/// number back.
/// </summary>
public sealed class ReferenceCounter
{
    public string Series { get; set; } = string.Empty;

    public int LastNumber { get; set; }
}
