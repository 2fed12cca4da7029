using LiqunCompliance.Domain.Policies;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>A document with the revision in force and the revisions being worked on.</summary>
public sealed record PolicyDocumentSummary(Guid Id, string Key, string TitleZh, string TitleEn, RevisionRow? InForce, IReadOnlyList<RevisionRow> Revisions);

public sealed record RevisionRow(
    Guid Id, string Label, RevisionStatus Status, bool MajorChange, string AuthorName, string? ReviewerName,
    DateOnly? EffectiveDate, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>A revision with its document and the text it is compared with (the revision in force, or the one it followed).</summary>
/// <param name="Base">The revision this one was drafted against (or last rebased on).</param>
public sealed record RevisionDetail(PolicyRevision Revision, PolicyDocument Document, PolicyRevision? Baseline, PolicyRevision? Base = null)
{
    /// <summary>Not yet in force and drafted against a version that is no longer in force: approving or publishing it is refused until rebased.</summary>
    public bool BaseOutdated => Revision.Status is RevisionStatus.Draft or RevisionStatus.InReview or RevisionStatus.Approved
        && Revision.BasedOnRevisionId is { } basedOn && Baseline is not null && basedOn != Baseline.Id;
}

/// <summary>One published revision in the public archive, with the period it was (or is) in force.</summary>
public sealed record ArchiveEntry(string DocumentKey, string Label, PolicyRevision Revision, DateOnly? EffectiveUntil, bool InForce, string ChangeSummary, string ContentHash);

/// <summary>A published revision for the public pages, with the one before it for "compare with the previous version".</summary>
public sealed record PublicRevision(PolicyDocument Document, PolicyRevision Revision, PolicyRevision? Previous, DateOnly? EffectiveUntil);
