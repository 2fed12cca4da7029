using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// One link of the append-only audit chain. Sequence, PreviousHash and Hash are assigned by
/// <see cref="Interceptors.AuditSaveChangesInterceptor"/> when the record is saved; nothing else sets them.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Surrogate key, so that several unsealed records can be tracked before their sequence is known.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Position in the chain; unique, so a second writer's colliding append fails instead of forking the chain.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public AuditAction Action { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string? EntityKey { get; set; }

    /// <summary>JSON array of field changes, personal data masked.</summary>
    public string? Changes { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    /// <summary>HMAC of <see cref="Hash"/> under the seal key kept outside the database; null on records from before sealing.</summary>
    public string? Seal { get; set; }

    public bool IsSealed => Hash.Length > 0;

    public SealedAuditEntry ToEntry() => new(ToContent(), PreviousHash, Hash, Seal);

    public AuditEntryContent ToContent() =>
        new(Sequence, OccurredAt, UserId, UserName, Action, EntityType, EntityKey, Changes);
}
