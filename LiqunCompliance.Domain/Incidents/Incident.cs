using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Domain.Incidents;

/// <summary>
/// A security incident (design/domain.md, "Security incidents"): facts, the proposed and confirmed grade with its
/// history, the status machine, the reports to the regulator and the notices to users, all on one timeline.
/// </summary>
public sealed partial class Incident
{
    public const int MaxTextLength = 4000;

    private readonly List<IncidentEvent> _events = [];
    private readonly List<RegulatorReport> _reports = [];
    private readonly List<IncidentNotice> _notices = [];

    private Incident()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>INC-2026-0001.</summary>
    public string Reference { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public IncidentCategory Category { get; private set; }

    public IncidentStatus Status { get; private set; }

    public DateTimeOffset DiscoveredAt { get; private set; }

    public DateTimeOffset? OccurredAt { get; private set; }

    public DateTimeOffset? ContainedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Ids of the register entries involved (SDKs, partners).</summary>
    public IReadOnlyList<Guid> RegisterEntryIds { get; private set; } = [];

    /// <summary>Codes of the catalogue items of personal information affected.</summary>
    public IReadOnlyList<string> InformationItems { get; private set; } = [];

    public bool SensitiveInvolved { get; private set; }

    /// <summary>People affected: exact when min = max, otherwise an estimated range.</summary>
    public long PeopleAffectedMin { get; private set; }

    public long PeopleAffectedMax { get; private set; }

    public decimal EconomicLossYuan { get; private set; }

    public double OutageHours { get; private set; }

    public string? SystemsAffected { get; private set; }

    public string? Owner { get; private set; }

    public IncidentNarrative Narrative { get; private set; } = new();

    public IncidentGrade ProposedGrade { get; private set; }

    public IncidentGrade? Grade { get; private set; }

    public string? GradeReason { get; private set; }

    /// <summary>Written when the office decides not to notify individuals (measures effectively avoided harm).</summary>
    public string? NoNotificationJustification { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<IncidentEvent> Events => _events;

    public IReadOnlyList<RegulatorReport> Reports => _reports;

    public IReadOnlyList<IncidentNotice> Notices => _notices;

    /// <summary>The grade in force: the confirmed one, otherwise the proposal.</summary>
    public IncidentGrade EffectiveGrade => Grade ?? ProposedGrade;

    public bool MustReport => GradingAssistant.MustReport(EffectiveGrade);

    public bool InitialReportSent => _reports.Any(r => r.Kind == RegulatorReportKind.Initial && r.IsSent);

    public bool SummaryReportSent => _reports.Any(r => r.Kind == RegulatorReportKind.Final && r.IsSent);

    /// <summary>Whether the summary report's clock runs: a reportable incident whose handling ended and whose summary report is not sent.</summary>
    public bool SummaryReportOwed => MustReport && ResolvedAt is not null && !SummaryReportSent;

    public GradingFacts Facts => new(PeopleAffectedMax, SensitiveInvolved, EconomicLossYuan, OutageHours);

    public static Incident Log(string reference, string? title, IncidentCategory category, DateTimeOffset discoveredAt, DateTimeOffset? occurredAt, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var incident = new Incident
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            Category = category,
            Status = IncidentStatus.Open,
        };
        incident.SetBasics(title, category, discoveredAt, occurredAt, now);
        incident.Add(IncidentEventKind.Logged, now, actor, incident.Title);
        return incident;
    }

    /// <summary>Records the facts and re-proposes the grade from them.</summary>
    public void UpdateFacts(IncidentFacts facts, GradingThresholds thresholds, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(actor);
        SetBasics(facts.Title, facts.Category, facts.DiscoveredAt, facts.OccurredAt, now);
        if (facts.PeopleAffectedMin < 0 || facts.PeopleAffectedMax < facts.PeopleAffectedMin || facts.EconomicLossYuan < 0 || facts.OutageHours < 0)
        {
            throw new IncidentRuleException(IncidentRule.PeopleRangeInvalid);
        }

        PeopleAffectedMin = facts.PeopleAffectedMin;
        PeopleAffectedMax = facts.PeopleAffectedMax;
        EconomicLossYuan = facts.EconomicLossYuan;
        OutageHours = facts.OutageHours;
        SensitiveInvolved = facts.SensitiveInvolved;
        InformationItems = [.. facts.InformationItems.Distinct(StringComparer.Ordinal)];
        RegisterEntryIds = [.. facts.RegisterEntryIds.Distinct()];
        SystemsAffected = Limit(facts.SystemsAffected);
        Owner = Limit(facts.Owner);
        Narrative = facts.Narrative ?? new IncidentNarrative();
        ProposedGrade = GradingAssistant.Propose(Facts, thresholds).Grade;
        Add(IncidentEventKind.FactsUpdated, now, actor, $"{PeopleAffectedMin}-{PeopleAffectedMax}|{ProposedGrade}");
    }

    /// <summary>The officer confirms the proposal or overrides it; a reason is always kept, and every change of grade is on the timeline.</summary>
    public void ConfirmGrade(IncidentGrade grade, string? reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(reason) && grade != ProposedGrade)
        {
            throw new IncidentRuleException(IncidentRule.ReasonRequired);
        }

        var before = Grade;
        Grade = grade;
        GradeReason = Limit(reason);
        Add(IncidentEventKind.GradeConfirmed, now, actor, $"{before?.ToString() ?? "-"}|{grade}|{GradeReason}");
    }

    private void SetBasics(string? title, IncidentCategory category, DateTimeOffset discoveredAt, DateTimeOffset? occurredAt, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200)
        {
            throw new IncidentRuleException(IncidentRule.TitleRequired);
        }

        if (discoveredAt > now.AddMinutes(5) || occurredAt > now.AddMinutes(5))
        {
            throw new IncidentRuleException(IncidentRule.TimeInFuture);
        }

        if (occurredAt > discoveredAt)
        {
            throw new IncidentRuleException(IncidentRule.OccurredAfterDiscovery);
        }

        if (ContainedAt < discoveredAt)
        {
            throw new IncidentRuleException(IncidentRule.ContainedBeforeDiscovery);
        }

        Title = title.Trim();
        Category = category;
        DiscoveredAt = discoveredAt;
        OccurredAt = occurredAt;
    }

    private void Add(IncidentEventKind kind, DateTimeOffset at, Actor actor, string? detail)
    {
        _events.Add(new IncidentEvent(_events.Count + 1, kind, at, actor, detail));
        Version = Guid.NewGuid();
    }

    private static string? Limit(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Length > MaxTextLength ? throw new IncidentRuleException(IncidentRule.TextTooLong) : text.Trim();
}

/// <summary>What an officer enters or corrects about an incident.</summary>
public sealed record IncidentFacts(
    string? Title,
    IncidentCategory Category,
    DateTimeOffset DiscoveredAt,
    DateTimeOffset? OccurredAt,
    long PeopleAffectedMin,
    long PeopleAffectedMax,
    bool SensitiveInvolved,
    decimal EconomicLossYuan,
    double OutageHours,
    IReadOnlyList<string> InformationItems,
    IReadOnlyList<Guid> RegisterEntryIds,
    string? SystemsAffected,
    string? Owner,
    IncidentNarrative? Narrative);
