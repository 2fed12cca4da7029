namespace LiqunCompliance.Domain.Audit;

/// <summary>The part of an audit record that its hash covers.</summary>
/// <param name="Sequence">Position in the chain, starting at 1, without gaps.</param>
/// <param name="OccurredAt">When, in UTC.</param>
/// <param name="Changes">Changed fields with old and new values (JSON), personal data already masked.</param>
public sealed record AuditEntryContent(
    long Sequence,
    DateTimeOffset OccurredAt,
    string? UserId,
    string? UserName,
    AuditAction Action,
    string EntityType,
    string? EntityKey,
    string? Changes);

/// <summary>A record as stored: its content, the hash of the record before it, and its own hash.</summary>
public sealed record SealedAuditEntry(AuditEntryContent Content, string PreviousHash, string Hash);
