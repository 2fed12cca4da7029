using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>
/// What users may read without signing in (policy 七.3): the revision in force and every published revision, with the
/// period each was in force. Drafts, reviews and withdrawn revisions are never returned here.
/// </summary>
public sealed class PublicPolicyService(IDbContextFactory<ComplianceDbContext> dbFactory)
{
    public async Task<PublicRevision?> CurrentAsync(string documentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (document, revisions) = await PublishedAsync(db, documentKey, cancellationToken);
        var current = revisions.FirstOrDefault(r => r.Status == RevisionStatus.Published);
        return document is null || current is null ? null : ToPublic(document, revisions, current);
    }

    public async Task<PublicRevision?> VersionAsync(string documentKey, string label, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (document, revisions) = await PublishedAsync(db, documentKey, cancellationToken);
        var revision = revisions.FirstOrDefault(r => string.Equals(r.Label, label, StringComparison.Ordinal));
        return document is null || revision is null ? null : ToPublic(document, revisions, revision);
    }

    /// <summary>Every public document with its published revisions, newest first, each with its effective period.</summary>
    public async Task<IReadOnlyList<(PolicyDocument Document, IReadOnlyList<ArchiveEntry> Entries)>> ArchiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.PolicyDocuments.AsNoTracking().ToListAsync(cancellationToken);
        var result = new List<(PolicyDocument, IReadOnlyList<ArchiveEntry>)>();
        foreach (var document in documents.OrderBy(d => d.Key == PolicyDocument.PrivacyPolicyKey ? 0 : 1).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            var (_, revisions) = await PublishedAsync(db, document.Key, cancellationToken);
            if (revisions.Count > 0)
            {
                result.Add((document, revisions.Select(r => ToEntry(document, revisions, r)).ToList()));
            }
        }

        return result;
    }

    private static async Task<(PolicyDocument? Document, List<PolicyRevision> Revisions)> PublishedAsync(ComplianceDbContext db, string key, CancellationToken cancellationToken)
    {
        var document = await db.PolicyDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return (null, []);
        }

        var revisions = await db.PolicyRevisions.AsNoTracking()
            .Where(r => r.DocumentId == document.Id && (r.Status == RevisionStatus.Published || r.Status == RevisionStatus.Superseded))
            .ToListAsync(cancellationToken);
        // The one in force first, then the superseded ones in the order they were in force: by publication, since a
        // revision imported without a stated date has no effective date to sort by.
        return (document, revisions.OrderBy(r => r.Status == RevisionStatus.Published ? 0 : 1).ThenByDescending(r => r.PublishedAt).ToList());
    }

    private static PublicRevision ToPublic(PolicyDocument document, List<PolicyRevision> newestFirst, PolicyRevision revision)
    {
        var index = newestFirst.IndexOf(revision);
        var previous = index + 1 < newestFirst.Count ? newestFirst[index + 1] : null;
        return new PublicRevision(document, revision, previous, Until(newestFirst, index));
    }

    private static ArchiveEntry ToEntry(PolicyDocument document, List<PolicyRevision> newestFirst, PolicyRevision revision)
    {
        var index = newestFirst.IndexOf(revision);
        return new ArchiveEntry(document.Key, revision.Label, revision, Until(newestFirst, index),
            revision.Status == RevisionStatus.Published, revision.ChangeSummary, revision.ContentHash ?? string.Empty);
    }

    /// <summary>The day before the next revision took effect; null for the one in force.</summary>
    private static DateOnly? Until(List<PolicyRevision> newestFirst, int index) =>
        index > 0 && newestFirst[index - 1].EffectiveDate is { } next ? next.AddDays(-1) : null;
}
