namespace LiqunCompliance.Domain.Register;

/// <summary>What changed an entry: the kinds of version its history shows.</summary>
public enum RegisterChangeKind
{
    Created,
    Edited,
    Reviewed,
    Suspended,
    Retired,
    Reactivated,
}
