using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Assessments;

/// <summary>A measure the assessment decides on, with who carries it out and by when.</summary>
public sealed record AssessmentMeasure(string Description, string Owner, DateOnly DueOn, DateOnly? DoneOn = null)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Description) && !string.IsNullOrWhiteSpace(Owner);
}

/// <summary>
/// A personal-information protection impact assessment (个人信息保护影响评估, PIPL Art. 55–56; issue 19): its subject
/// (a processing activity, or a register entry), the Art. 55 cases that require it, the three parts Art. 56 asks for,
/// a risk rating by likelihood and impact with its reasoning (GB/T 39335-2020), and the measures decided. Four eyes: the
/// author and the last editor cannot approve. An approved assessment never changes; a change is a new version that
/// supersedes it. Report and record are kept at least three years from the last approval (Art. 56).
/// </summary>
public sealed class ImpactAssessment
{
    public const int MaxSubjectLength = 200;
    public const int MaxTextLength = 8000;
    public const int RetentionYears = 3;

    private ImpactAssessment()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>PIA-2026-001; a new version keeps its reference.</summary>
    public string Reference { get; private set; } = string.Empty;

    public int VersionNumber { get; private set; } = 1;

    public Guid? PreviousVersionId { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    /// <summary>The register entry assessed, when the subject is one.</summary>
    public Guid? RegisterEntryId { get; private set; }

    public IReadOnlyList<AssessmentTrigger> Triggers { get; private set; } = [];

    public string? OwnerName { get; private set; }

    public AssessmentStatus Status { get; private set; }

    /// <summary>Art. 56(1): whether purpose, means and scope are lawful, legitimate and necessary.</summary>
    public string Lawfulness { get; private set; } = string.Empty;

    /// <summary>Art. 56(2): the impact on individuals' rights and the security risks.</summary>
    public string RightsImpact { get; private set; } = string.Empty;

    /// <summary>Art. 56(3): whether the protection measures are lawful, effective and proportionate to the risk.</summary>
    public string Safeguards { get; private set; } = string.Empty;

    public LikelihoodLevel? Likelihood { get; private set; }

    public ImpactLevel? Impact { get; private set; }

    public RiskLevel? Risk { get; private set; }

    public string RiskReasoning { get; private set; } = string.Empty;

    /// <summary>The rating came from a matrix confirmed against the standard; false means the table was still 待确认.</summary>
    public bool RatedWithConfirmedMatrix { get; private set; }

    public IReadOnlyList<AssessmentMeasure> Measures { get; private set; } = [];

    public string AuthorId { get; private set; } = string.Empty;

    public string AuthorName { get; private set; } = string.Empty;

    public string LastEditedById { get; private set; } = string.Empty;

    public string? ReviewerId { get; private set; }

    public string? ReviewerName { get; private set; }

    /// <summary>The reviewer's reason when returning it to draft.</summary>
    public string? Comment { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public Guid? SupersededById { get; private set; }

    /// <summary>When the approved assessment is next reviewed (review cycle, a setting: one year by default).</summary>
    public DateOnly? ReviewDue { get; private set; }

    /// <summary>Kept at least until this date: three years after the last approval (PIPL Art. 56); null until approved.</summary>
    public DateOnly? RetainUntil { get; private set; }

    public Guid Version { get; private set; }

    public bool IsEditable => Status == AssessmentStatus.Draft;

    public bool HasOpenMeasures => Measures.Any(m => m.DoneOn is null);

    /// <summary>Starts a draft, proposed by the officer or by a register change that brings about an Art. 55 case.</summary>
    public static ImpactAssessment Propose(string reference, string? subject, Guid? registerEntryId, IEnumerable<AssessmentTrigger> triggers, Actor author, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        ArgumentNullException.ThrowIfNull(author);
        var assessment = new ImpactAssessment
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            RegisterEntryId = registerEntryId,
            Status = AssessmentStatus.Draft,
            AuthorId = author.Id,
            AuthorName = author.Name,
            CreatedAt = now,
        };
        assessment.Describe(subject, triggers, author.Name, author, now);
        return assessment;
    }

    /// <summary>Changes the subject, the cases and the owner (draft only).</summary>
    public void Describe(string? subject, IEnumerable<AssessmentTrigger>? triggers, string? owner, Actor editor, DateTimeOffset now)
    {
        EnsureEditable();
        var cleanSubject = Text(subject, MaxSubjectLength);
        if (cleanSubject.Length == 0)
        {
            throw new AssessmentRuleException(AssessmentRule.SubjectRequired);
        }

        var cases = (triggers ?? []).Distinct().Order().ToList();
        if (cases.Count == 0)
        {
            throw new AssessmentRuleException(AssessmentRule.TriggerRequired);
        }

        if (cases.Any(t => !Enum.IsDefined(t)))
        {
            throw new AssessmentRuleException(AssessmentRule.IllegalTransition);
        }

        Subject = cleanSubject;
        Triggers = cases;
        OwnerName = string.IsNullOrWhiteSpace(owner) ? null : Text(owner, 256);
        Touch(editor, now);
    }

    /// <summary>Writes the three parts of Art. 56 (draft only).</summary>
    public void Write(string? lawfulness, string? rightsImpact, string? safeguards, Actor editor, DateTimeOffset now)
    {
        EnsureEditable();
        Lawfulness = Text(lawfulness, MaxTextLength);
        RightsImpact = Text(rightsImpact, MaxTextLength);
        Safeguards = Text(safeguards, MaxTextLength);
        Touch(editor, now);
    }

    /// <summary>Rates the risk by the matrix, with the reasoning written (draft only).</summary>
    public void Rate(LikelihoodLevel likelihood, ImpactLevel impact, string? reasoning, RiskMatrix matrix, Actor editor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        EnsureEditable();
        var why = Text(reasoning, MaxTextLength);
        if (why.Length == 0)
        {
            throw new AssessmentRuleException(AssessmentRule.ReasoningRequired);
        }

        Risk = matrix.Rate(likelihood, impact);
        Likelihood = likelihood;
        Impact = impact;
        RiskReasoning = why;
        RatedWithConfirmedMatrix = matrix.IsConfirmed;
        Touch(editor, now);
    }

    /// <summary>Replaces the measures (draft only); each needs a description and an owner.</summary>
    public void Plan(IEnumerable<AssessmentMeasure> measures, Actor editor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(measures);
        EnsureEditable();
        var list = measures.Select(m => m with { Description = m.Description?.Trim() ?? string.Empty, Owner = m.Owner?.Trim() ?? string.Empty }).ToList();
        if (list.Any(m => !m.IsComplete))
        {
            throw new AssessmentRuleException(AssessmentRule.MeasureIncomplete);
        }

        if (list.Any(m => m.Description.Length > MaxTextLength || m.Owner.Length > 256))
        {
            throw new AssessmentRuleException(AssessmentRule.TextTooLong);
        }

        Measures = list;
        Touch(editor, now);
    }

    /// <summary>
    /// Records a measure as done. Allowed on an approved assessment too: following up a decided measure does not change
    /// what was assessed and approved (the audit trail records who and when).
    /// </summary>
    public void CompleteMeasure(int index, DateOnly doneOn, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status == AssessmentStatus.Superseded || index < 0 || index >= Measures.Count)
        {
            throw new AssessmentRuleException(AssessmentRule.IllegalTransition);
        }

        Measures = [.. Measures.Select((m, i) => i == index ? m with { DoneOn = doneOn } : m)];
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>Sends the draft for review: every part written, rated with reasoning, and measures decided for a medium or high risk.</summary>
    public void Submit(Actor actor, DateTimeOffset now)
    {
        EnsureEditable();
        if (Lawfulness.Length == 0 || RightsImpact.Length == 0 || Safeguards.Length == 0)
        {
            throw new AssessmentRuleException(AssessmentRule.SectionsIncomplete);
        }

        if (Risk is null)
        {
            throw new AssessmentRuleException(AssessmentRule.RatingRequired);
        }

        if (Risk >= RiskLevel.Medium && Measures.Count == 0)
        {
            throw new AssessmentRuleException(AssessmentRule.MeasureRequired);
        }

        Status = AssessmentStatus.InReview;
        SubmittedAt = now;
        Comment = null;
        Touch(actor, now);
    }

    /// <summary>The reviewer sends it back with a reason.</summary>
    public void ReturnToDraft(Actor reviewer, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (Status != AssessmentStatus.InReview)
        {
            throw new AssessmentRuleException(AssessmentRule.IllegalTransition);
        }

        Comment = Text(comment, 2000);
        Status = AssessmentStatus.Draft;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>Approves: a privacy officer other than the author and the last editor. Sets the review date and the retention date.</summary>
    public void Approve(Actor reviewer, DateOnly today, int reviewMonths, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (Status != AssessmentStatus.InReview)
        {
            throw new AssessmentRuleException(AssessmentRule.IllegalTransition);
        }

        if (!reviewer.IsPrivacyOfficer)
        {
            throw new AssessmentRuleException(AssessmentRule.ReviewerNotPrivacyOfficer);
        }

        if (reviewer.Id == AuthorId || reviewer.Id == LastEditedById)
        {
            throw new AssessmentRuleException(AssessmentRule.ReviewerIsAuthor);
        }

        Status = AssessmentStatus.Approved;
        ReviewerId = reviewer.Id;
        ReviewerName = reviewer.Name;
        ApprovedAt = now;
        ReviewDue = today.AddMonths(Math.Clamp(reviewMonths, 1, 60));
        RetainUntil = RetentionEnd(today);
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>A new version of an approved assessment, as a draft by <paramref name="author"/>; the approved one stays as it is until the new one is approved.</summary>
    public ImpactAssessment Revise(Actor author, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (Status != AssessmentStatus.Approved)
        {
            throw new AssessmentRuleException(AssessmentRule.IllegalTransition);
        }

        return new ImpactAssessment
        {
            Id = Guid.NewGuid(),
            Reference = Reference,
            VersionNumber = VersionNumber + 1,
            PreviousVersionId = Id,
            Subject = Subject,
            RegisterEntryId = RegisterEntryId,
            Triggers = [.. Triggers],
            OwnerName = OwnerName,
            Status = AssessmentStatus.Draft,
            Lawfulness = Lawfulness,
            RightsImpact = RightsImpact,
            Safeguards = Safeguards,
            Likelihood = Likelihood,
            Impact = Impact,
            Risk = Risk,
            RiskReasoning = RiskReasoning,
            RatedWithConfirmedMatrix = RatedWithConfirmedMatrix,
            Measures = [.. Measures],
            AuthorId = author.Id,
            AuthorName = author.Name,
            LastEditedById = author.Id,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>The approved version is replaced by its newly approved successor; it stays readable, and kept, as it was.</summary>
    public void SupersedeBy(ImpactAssessment successor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(successor);
        if (Status != AssessmentStatus.Approved || successor.PreviousVersionId != Id || successor.Status != AssessmentStatus.Approved)
        {
            throw new AssessmentRuleException(AssessmentRule.IllegalTransition);
        }

        Status = AssessmentStatus.Superseded;
        SupersededAt = now;
        SupersededById = successor.Id;
        Version = Guid.NewGuid();
    }

    /// <summary>Approved and due for its periodic review.</summary>
    public bool ReviewIsDue(DateOnly today) => Status == AssessmentStatus.Approved && ReviewDue <= today;

    /// <summary>Whether it may be deleted today: never once approved, until three years after that approval.</summary>
    public bool MayBeDeleted(DateOnly today) => RetainUntil is not { } until || today >= until;

    /// <summary>Three years after the approval date (29 February gives 28 February).</summary>
    public static DateOnly RetentionEnd(DateOnly approvedOn) => approvedOn.AddYears(RetentionYears);

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new AssessmentRuleException(AssessmentRule.NotEditable);
        }
    }

    private void Touch(Actor editor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(editor);
        LastEditedById = editor.Id;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private static string Text(string? value, int max)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length > max)
        {
            throw new AssessmentRuleException(AssessmentRule.TextTooLong);
        }

        if (!PlainText.IsClean(text, multiline: true))
        {
            throw new AssessmentRuleException(AssessmentRule.NotPlainText);
        }

        return text;
    }
}
