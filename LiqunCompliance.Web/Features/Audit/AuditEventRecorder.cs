using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Data.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Audit;

/// <summary>
/// Records business events that are not a row change (sign-in, sign-out, a reveal of personal data, a chain check).
/// The record is sealed into the chain by the SaveChanges interceptor like every other.
/// </summary>
public sealed class AuditEventRecorder(IDbContextFactory<ComplianceDbContext> dbFactory)
{
    /// <summary>Records the event on its own.</summary>
    /// <param name="actorId">Who did it; for a sign-in, the account signing in (null when unknown).</param>
    /// <param name="actorName">The account name, or a masked attempted name when the account is unknown.</param>
    public async Task RecordAsync(
        AuditAction action,
        string entityType,
        string? entityKey,
        string? actorId,
        string? actorName,
        IReadOnlyList<FieldChange>? details = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Add(db, action, entityType, entityKey, actorId, actorName, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the event to a context the caller saves, so it commits with the change it describes or not at all.</summary>
    public static void Add(
        ComplianceDbContext db,
        AuditAction action,
        string entityType,
        string? entityKey,
        string? actorId,
        string? actorName,
        IReadOnlyList<FieldChange>? details = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditRecords.Add(new AuditRecord
        {
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            UserId = actorId,
            UserName = actorName,
            Changes = details is null ? null : AuditChangeJson.Serialize(details),
        });
    }
}
