namespace LiqunCompliance.Domain.Audit;

/// <summary>What an audit record says happened. Stored by name, so append only; never renumber.</summary>
public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    SignInSucceeded,
    SignInFailed,
    LockedOut,
    SignedOut,
    PersonalDataRevealed,
    PersonalDataSearched,
    ChainVerified,
    AuditTrailExported,
}
