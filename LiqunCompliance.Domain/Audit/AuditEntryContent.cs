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

/// <summary>A record as stored: its content, the hash of the record before it, its own hash, and its seal.</summary>
/// <param name="Seal">HMAC of the hash under a key kept outside the database (<see cref="AuditChain.SealOf"/>); null on records written before sealing began.</param>
public sealed record SealedAuditEntry(AuditEntryContent Content, string PreviousHash, string Hash, string? Seal = null);

/// <summary>The chain's head as published outside the database (monthly report, regulator pack, e-mail), sealed likewise.</summary>
public sealed record PublishedAuditHead(long Sequence, string Hash, DateTimeOffset PublishedAt, string Seal);
