using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>
/// Makes approved revisions take effect: the officer's "publish now" and the scheduled job both come here. The
/// revision in force for the same document is superseded in the same save; a revision that is not yet effective, or
/// whose notice date has not passed, stays approved. Safe to run again and from two instances (concurrency tokens).
/// </summary>
public sealed class PolicyPublisher(IDbContextFactory<ComplianceDbContext> dbFactory, TimeProvider clock)
{
    public const string SchedulerName = "定时发布 / scheduled publishing";

    /// <summary>Publishes every approved revision whose effective date has come, oldest first.</summary>
    /// <returns>How many revisions were published.</returns>
    public async Task<int> PublishDueAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.PolicyRevisions.Where(r => r.Status == RevisionStatus.Approved && r.EffectiveDate <= today)
            .OrderBy(r => r.EffectiveDate).Select(r => r.Id).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var id in due)
        {
            await using var each = await dbFactory.CreateDbContextAsync(cancellationToken);
            var revision = await each.PolicyRevisions.FirstAsync(r => r.Id == id, cancellationToken);
            try
            {
                Publish(each, revision, SchedulerName, today, clock.GetUtcNow());
                await each.SaveChangesAsync(cancellationToken);
                published++;
            }
            catch (PolicyRuleException)
            {
                // Not yet allowed (e.g. its notice date is today): the next run tries again.
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance or an officer published it first.
            }
        }

        return published;
    }

    /// <summary>Publishes <paramref name="revision"/> and supersedes the revision in force; the caller saves.</summary>
    /// <exception cref="PolicyRuleException">Not approved, not yet effective, or its notice has not gone out.</exception>
    public static void Publish(ComplianceDbContext db, PolicyRevision revision, string publishedBy, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(revision);
        // One read: the revision in force is both what the new one must be based on and what it supersedes.
        var inForce = InForce(db.PolicyRevisions, revision.DocumentId).Where(r => r.Id != revision.Id).ToList();
        revision.EnsureNothingIsUndone(inForce.FirstOrDefault() is { } current ? (current.Id, current.Label) : null, []);
        revision.Publish(publishedBy, today, now);
        foreach (var superseded in inForce)
        {
            superseded.Supersede(now);
        }
    }

    /// <summary>The revision of a document that is in force (published and not yet superseded): the one definition.</summary>
    public static IQueryable<PolicyRevision> InForce(IQueryable<PolicyRevision> revisions, Guid documentId) =>
        revisions.Where(r => r.DocumentId == documentId && r.Status == RevisionStatus.Published);

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The revision in force for a document (id and label), or null.</summary>
    public static async Task<(Guid Id, string Label)?> InForceAsync(ComplianceDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await InForce(db.PolicyRevisions.AsNoTracking(), documentId).Select(r => new { r.Id, r.Label }).FirstOrDefaultAsync(cancellationToken);
        return current is null ? null : (current.Id, current.Label);
    }

    /// <summary>Asks the revision whether approving it would undo another (its base, the other approved revisions), with the facts from the database.</summary>
    /// <exception cref="PolicyRuleException">The base is no longer in force, or another revision is approved.</exception>
    public static async Task EnsureNothingIsUndoneAsync(ComplianceDbContext db, PolicyRevision revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(revision);
        var others = await db.PolicyRevisions.AsNoTracking()
            .Where(r => r.DocumentId == revision.DocumentId && r.Status == RevisionStatus.Approved && r.Id != revision.Id)
            .Select(r => r.Label).ToListAsync(cancellationToken);
        revision.EnsureNothingIsUndone(await InForceAsync(db, revision.DocumentId, cancellationToken), others);
    }
}
