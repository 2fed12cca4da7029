using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Domain.Policies;

/// <summary>
/// One revision of a policy document (design/domain.md, "Policy revisions"). The state machine refuses illegal moves;
/// a second privacy officer, neither the author nor the last editor, approves; a major change needs a notice plan
/// whose notice goes out before the revision takes effect; published text never changes and keeps its SHA-256.
/// </summary>
public sealed class PolicyRevision
{
    public const int MaxSummaryLength = 4000;

    private PolicyRevision()
    {
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public string Label { get; private set; } = string.Empty;

    public string Markdown { get; private set; } = string.Empty;

    public string ChangeSummary { get; private set; } = string.Empty;

    public RevisionStatus Status { get; private set; }

    public IReadOnlyList<MajorChangeTrigger> MajorChanges { get; private set; } = [];

    public NoticePlan? NoticePlan { get; private set; }

    /// <summary>Who last changed the notice plan: the approver must be someone else (the plan is part of what is reviewed).</summary>
    public string? NoticePlanChangedById { get; private set; }

    public string? NoticePlanChangedByName { get; private set; }

    /// <summary>
    /// The revision that was in force when this one was drafted (or last rebased): its changes are measured against it.
    /// <see cref="NothingInForce"/> when the document had none; null only for drafts made before bases were recorded.
    /// </summary>
    public Guid? BasedOnRevisionId { get; private set; }

    public string AuthorId { get; private set; } = string.Empty;

    public string AuthorName { get; private set; } = string.Empty;

    public string LastEditedById { get; private set; } = string.Empty;

    public string LastEditedByName { get; private set; } = string.Empty;

    public string? ReviewerId { get; private set; }

    public string? ReviewerName { get; private set; }

    /// <summary>The reviewer's comment when sending a draft back, or the reason for withdrawing.</summary>
    public string? Comment { get; private set; }

    public DateOnly? EffectiveDate { get; private set; }

    /// <summary>
    /// Where an effective date that did not come through the approval workflow comes from (the text's own words);
    /// null when the date was set by an approving officer, or when there is no date.
    /// </summary>
    public string? EffectiveDateSource { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedByName { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>SHA-256 of the published Markdown (<see cref="PolicyText.Hash"/>).</summary>
    public string? ContentHash { get; private set; }

    /// <summary>Concurrency token: replaced on every change.</summary>
    public Guid Version { get; private set; }

    public bool IsMajorChange => MajorChanges.Count > 0;

    /// <summary>The base of a revision drafted while nothing of its document was in force.</summary>
    public static readonly Guid NothingInForce = Guid.Empty;

    public bool IsEditable => Status == RevisionStatus.Draft;

    /// <summary>Starts a draft. Nothing but the label and text is required yet.</summary>
    /// <param name="basedOn">The revision in force now, whose text the draft changes.</param>
    public static PolicyRevision Draft(Guid documentId, string? label, string? markdown, string? summary, IEnumerable<MajorChangeTrigger>? majorChanges, Actor author, DateTimeOffset now, Guid? basedOn = null)
    {
        ArgumentNullException.ThrowIfNull(author);
        var revision = new PolicyRevision
        {
            Id = Guid.NewGuid(),
            DocumentId = documentId,
            BasedOnRevisionId = basedOn,
            Status = RevisionStatus.Draft,
            AuthorId = author.Id,
            AuthorName = author.Name,
            CreatedAt = now,
        };
        revision.Write(label, markdown, summary, majorChanges, author, now);
        return revision;
    }

    /// <summary>Changes the draft's label, text, summary and major-change triggers.</summary>
    public void Edit(string? label, string? markdown, string? summary, IEnumerable<MajorChangeTrigger>? majorChanges, Actor editor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (!IsEditable)
        {
            throw new PolicyRuleException(PolicyRule.NotEditable);
        }

        Write(label, markdown, summary, majorChanges, editor, now);
    }

    /// <summary>
    /// Records the notice plan. The plan is part of what is reviewed: whoever changes it cannot approve the revision,
    /// and changing it after approval sends the revision back to review.
    /// </summary>
    public void PlanNotice(NoticePlan? plan, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(RevisionStatus.Draft, RevisionStatus.InReview, RevisionStatus.Approved);
        if (plan is not null)
        {
            plan = plan with { Messages = [.. plan.Messages.Select(m => m with { Text = m.Text?.Trim() ?? string.Empty })] };
            if (plan.Messages.Select(m => m.Channel).Distinct().Count() != plan.Messages.Count)
            {
                throw new PolicyRuleException(PolicyRule.NoticeChannelRequired);
            }
        }

        if (plan == NoticePlan || (plan is not null && NoticePlan is not null && plan.NoticeDate == NoticePlan.NoticeDate && plan.Messages.SequenceEqual(NoticePlan.Messages)))
        {
            return; // nothing changed: no new review
        }

        NoticePlan = plan;
        NoticePlanChangedById = actor.Id;
        NoticePlanChangedByName = actor.Name;
        if (Status == RevisionStatus.Approved)
        {
            Status = RevisionStatus.InReview;
            EffectiveDate = null;
            ApprovedAt = null;
            Comment = null;
        }

        Touch(now);
    }

    /// <summary>
    /// Refuses to approve or publish a revision that would silently undo another: its base is no longer the version in
    /// force (<paramref name="inForce"/>), or another revision of the same document is already approved
    /// (<paramref name="otherApproved"/>). The refusal names both, so the author can rebase (<see cref="Rebase"/>).
    /// </summary>
    /// <param name="inForce">The revision in force now (id and label), or null when nothing is.</param>
    /// <param name="otherApproved">Labels of other approved, unpublished revisions of the same document.</param>
    public void EnsureNothingIsUndone((Guid Id, string Label)? inForce, IReadOnlyCollection<string> otherApproved)
    {
        ArgumentNullException.ThrowIfNull(otherApproved);
        if (otherApproved.Count > 0)
        {
            throw new PolicyRuleException(PolicyRule.CompetingApproval, $"{Label}|{string.Join("、", otherApproved)}");
        }

        if (BasedOnRevisionId is { } basedOn && inForce is { } current && current.Id != basedOn)
        {
            throw new PolicyRuleException(PolicyRule.BaseOutdated, $"{Label}|{current.Label}");
        }
    }

    /// <summary>
    /// The author has taken the changes of the version now in force into this revision: it is now based on that one.
    /// A revision in review or approved goes back to draft, to be reviewed again as rebased.
    /// </summary>
    public void Rebase(Guid? inForceId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(RevisionStatus.Draft, RevisionStatus.InReview, RevisionStatus.Approved);
        BasedOnRevisionId = inForceId ?? NothingInForce;
        if (Status != RevisionStatus.Draft)
        {
            Status = RevisionStatus.Draft;
            EffectiveDate = null;
            ApprovedAt = null;
        }

        LastEditedById = actor.Id;
        LastEditedByName = actor.Name;
        Touch(now);
    }

    public void SubmitForReview(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(RevisionStatus.Draft);
        if (string.IsNullOrWhiteSpace(ChangeSummary))
        {
            throw new PolicyRuleException(PolicyRule.SummaryRequired);
        }

        Status = RevisionStatus.InReview;
        SubmittedAt = now;
        Comment = null;
        Touch(now);
    }

    /// <summary>The reviewer sends the revision back with what to change.</summary>
    public void ReturnToDraft(Actor reviewer, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        Require(RevisionStatus.InReview);
        Comment = RequireReason(comment);
        Status = RevisionStatus.Draft;
        ReviewerId = reviewer.Id;
        ReviewerName = reviewer.Name;
        Touch(now);
    }

    /// <summary>
    /// A second privacy officer approves the revision to take effect on <paramref name="effectiveDate"/>. A major
    /// change needs a complete notice plan whose notice date is before the effective date and not already past.
    /// </summary>
    /// <summary>
    /// The four-eyes rule, once: a revision in review that <paramref name="reviewerId"/> may approve because they neither
    /// wrote it, nor last changed its text, nor last changed its notice plan. An expression, so that lists ("awaiting my review") ask the database the same question.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<PolicyRevision, bool>> AwaitingReviewBy(string reviewerId) =>
        r => r.Status == RevisionStatus.InReview && r.AuthorId != reviewerId && r.LastEditedById != reviewerId && r.NoticePlanChangedById != reviewerId;

    public void Approve(Actor reviewer, DateOnly? effectiveDate, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        Require(RevisionStatus.InReview);
        if (!reviewer.IsPrivacyOfficer)
        {
            throw new PolicyRuleException(PolicyRule.ReviewerNotPrivacyOfficer);
        }

        if (!AwaitingReviewBy(reviewer.Id).Compile()(this))
        {
            throw new PolicyRuleException(PolicyRule.ReviewerIsAuthor);
        }

        if (effectiveDate is not { } effective)
        {
            throw new PolicyRuleException(PolicyRule.EffectiveDateRequired);
        }

        if (effective < today)
        {
            throw new PolicyRuleException(PolicyRule.EffectiveDateInPast);
        }

        if (IsMajorChange)
        {
            if (NoticePlan is null)
            {
                throw new PolicyRuleException(PolicyRule.NoticePlanRequired);
            }

            var problems = NoticePlan.Problems(effective, today);
            if (problems.Count > 0)
            {
                throw new PolicyRuleException(problems[0]);
            }
        }

        EffectiveDate = effective;
        ReviewerId = reviewer.Id;
        ReviewerName = reviewer.Name;
        ApprovedAt = now;
        Comment = null;
        Status = RevisionStatus.Approved;
        Touch(now);
    }

    /// <summary>
    /// Makes the approved revision the one in force. Only on or after its effective date, and for a major change only
    /// after its notice date; the text is frozen and its SHA-256 kept.
    /// </summary>
    public void Publish(string publishedBy, DateOnly today, DateTimeOffset now)
    {
        Require(RevisionStatus.Approved);
        if (EffectiveDate is not { } effective || today < effective)
        {
            throw new PolicyRuleException(PolicyRule.NotYetEffective);
        }

        if (IsMajorChange && (NoticePlan is null || NoticePlan.NoticeDate >= today))
        {
            throw new PolicyRuleException(PolicyRule.NoticeAfterEffective);
        }

        Status = RevisionStatus.Published;
        PublishedAt = now;
        PublishedByName = publishedBy;
        ContentHash = PolicyText.Hash(Markdown);
        Touch(now);
    }

    /// <summary>A newer revision of the same document was published.</summary>
    public void Supersede(DateTimeOffset now)
    {
        Require(RevisionStatus.Published);
        Status = RevisionStatus.Superseded;
        SupersededAt = now;
        Touch(now);
    }

    /// <summary>Abandons a revision that was never published.</summary>
    public void Withdraw(Actor actor, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(RevisionStatus.Draft, RevisionStatus.InReview, RevisionStatus.Approved);
        Comment = RequireReason(reason);
        Status = RevisionStatus.Withdrawn;
        Touch(now);
    }

    /// <summary>Whether the stored text still matches the hash taken at publication (always true before it).</summary>
    public bool TextIntact => ContentHash is null || PolicyText.Matches(Markdown, ContentHash);

    /// <summary>Restores a published revision from seed data: text, dates and hash as they were.</summary>
    /// <summary>
    /// A revision that was already in force before the portal kept the record (imported from the customer's own text).
    /// The four-eyes rule holds as for any other: the drafter and the approver are different people.
    /// </summary>
    /// <param name="effectiveDate">Only a date the text or an officer gives; null where none is given (shown as 未注明).</param>
    /// <param name="effectiveDateSource">Where the date comes from, e.g. the text's own "2022年8月29日修订".</param>
    public static PolicyRevision Published(
        Guid documentId, string label, string markdown, string summary, DateOnly? effectiveDate, string? effectiveDateSource,
        Actor drafter, Actor approver, DateTimeOffset publishedAt)
    {
        ArgumentNullException.ThrowIfNull(drafter);
        ArgumentNullException.ThrowIfNull(approver);
        if (drafter.Id == approver.Id)
        {
            throw new PolicyRuleException(PolicyRule.ReviewerIsAuthor);
        }

        if (!approver.IsPrivacyOfficer)
        {
            throw new PolicyRuleException(PolicyRule.ReviewerNotPrivacyOfficer);
        }

        var revision = Draft(documentId, label, markdown, summary, [], drafter, publishedAt);
        revision.Status = RevisionStatus.Published;
        revision.ReviewerId = approver.Id;
        revision.ReviewerName = approver.Name;
        revision.EffectiveDate = effectiveDate;
        revision.EffectiveDateSource = effectiveDate is null ? null : effectiveDateSource?.Trim();
        revision.SubmittedAt = revision.ApprovedAt = revision.PublishedAt = publishedAt;
        revision.PublishedByName = approver.Name;
        revision.ContentHash = PolicyText.Hash(revision.Markdown);
        return revision;
    }

    private void Write(string? label, string? markdown, string? summary, IEnumerable<MajorChangeTrigger>? majorChanges, Actor editor, DateTimeOffset now)
    {
        label = label?.Trim();
        if (!PolicyText.IsValidLabel(label))
        {
            throw new PolicyRuleException(PolicyRule.LabelRequired);
        }

        if (string.IsNullOrWhiteSpace(markdown))
        {
            throw new PolicyRuleException(PolicyRule.TextRequired);
        }

        if (markdown.Length > PolicyText.MaxLength || summary?.Length > MaxSummaryLength)
        {
            throw new PolicyRuleException(PolicyRule.TextTooLong);
        }

        Label = label!;
        Markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        ChangeSummary = summary?.Trim() ?? string.Empty;
        MajorChanges = [.. (majorChanges ?? []).Distinct().Order()];
        LastEditedById = editor.Id;
        LastEditedByName = editor.Name;
        Touch(now);
    }

    private void Require(params RevisionStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new PolicyRuleException(PolicyRule.IllegalTransition);
        }
    }

    private static string RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new PolicyRuleException(PolicyRule.ReasonRequired) : reason.Trim();

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
