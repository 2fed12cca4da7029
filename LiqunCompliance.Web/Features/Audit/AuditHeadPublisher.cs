using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Audit;

/// <summary>
/// Publishes the audit chain's head: its sequence and hash go into a document that leaves the database (the monthly
/// report and its e-mail, the regulator pack), and a sealed copy is kept so that Verify can tell a cut or rebuilt chain.
/// </summary>
/// <remarks>Callers have already passed their own policy (reports); publishing itself reveals nothing personal.</remarks>
public sealed class AuditHeadPublisher(IDbContextFactory<ComplianceDbContext> dbFactory, AuditSealKey sealKey, TimeProvider clock)
{
    public async Task<PublishedAuditHead?> PublishAsync(string publishedIn, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var record = new PublishedAuditHeadRecord
        {
            Sequence = head.Sequence,
            Hash = head.Hash,
            PublishedAt = now,
            PublishedIn = publishedIn.Length > 100 ? publishedIn[..100] : publishedIn,
            Seal = AuditChain.HeadSealOf(head.Sequence, head.Hash, now, sealKey.Key),
        };
        db.PublishedAuditHeads.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.ToHead();
    }

    /// <summary>The latest published head whose seal holds (a head written without the key is ignored).</summary>
    public async Task<PublishedAuditHead?> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var heads = await db.PublishedAuditHeads.AsNoTracking().OrderByDescending(h => h.Sequence).Take(50).ToListAsync(cancellationToken);
        return heads.Select(h => h.ToHead())
            .FirstOrDefault(h => string.Equals(h.Seal, AuditChain.HeadSealOf(h.Sequence, h.Hash, h.PublishedAt, sealKey.Key), StringComparison.Ordinal));
    }
}
