using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// A submission's claim, taken in the create's own transaction: the owner (an API client, or staff forms) and its key.
/// A key claimed before answers with the record it created; a key reused with
/// another body is refused.
/// </summary>
public sealed record SubmissionClaim(Guid Owner, string Key, string BodyHash)
{
    /// <summary>The owner of claims made by staff forms (API clients have their own ids).</summary>
    public static readonly Guid StaffForms = new("00000000-0000-0000-0000-00000000f0f0");
}

/// <summary>
/// One submission, one record: a create claims its key (an API client's Idempotency-Key, a form's submission id) in the
/// same transaction as the record it creates. The key is the table's primary key, so a second, simultaneous submission
/// with the same key fails as a whole, and finds the first one's answer instead.
/// </summary>
public static class SubmissionClaims
{
    /// <summary>Adds the claim to the save the caller is about to make.</summary>
    public static void Add(ComplianceDbContext db, Guid owner, string key, string bodyHash, string answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            ClientId = owner,
            Key = key,
            BodyHash = bodyHash,
            StatusCode = StatusCodes.Status201Created,
            ResponseJson = answer,
            CreatedAt = now,
        });
    }

    /// <summary>The claim made earlier under this key, if any.</summary>
    public static Task<IdempotencyRecord?> FindAsync(ComplianceDbContext db, Guid owner, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.ClientId == owner && r.Key == key, cancellationToken);
    }
}
