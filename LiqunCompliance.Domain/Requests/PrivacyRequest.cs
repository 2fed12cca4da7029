using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Requests;

/// <summary>
/// A user's privacy request from intake to answer. Every change goes through a method that checks the
/// rules (state machine, four-eyes on rejection, cancellation preconditions, the clock) and writes the timeline.
/// </summary>
public sealed partial class PrivacyRequest
{
    public const int MaxDetailsLength = 4000;
    public const int MaxTextLength = 2000;

    private readonly List<RequestEvent> _events = [];
    private readonly List<CancellationCheck> _cancellationChecks = [];
    private readonly List<FollowUpTask> _followUps = [];

    private PrivacyRequest()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The number the requester quotes, e.g. LQ-2026-000042.</summary>
    public string Reference { get; private set; } = string.Empty;

    public RequestType Type { get; private set; }

    public RequestChannel Channel { get; private set; }

    public Requester Requester { get; private set; } = null!;

    /// <summary>The name as lists show it (张*), kept so that lists never decrypt contact data.</summary>
    public string MaskedName { get; private set; } = string.Empty;

    /// <summary>The first contact as lists show it (138****5678, z***@example.com).</summary>
    public string MaskedContact { get; private set; } = string.Empty;

    /// <summary>A keyed hash of the account id, to find repeat requests without decrypting anything.</summary>
    public string? AccountLookup { get; private set; }

    /// <summary>Keyed hashes of the phone number, e-mail and name (<see cref="CallerSearch"/>), to find a caller's requests without decrypting anything.</summary>
    public string? PhoneLookup { get; private set; }

    public string? EmailLookup { get; private set; }

    public string? NameLookup { get; private set; }

    /// <summary>The normalisation the lookups were made with (<see cref="RequesterLookups.CurrentVersion"/>); 0 until the back-fill has made them for an older request.</summary>
    public int LookupVersion { get; private set; }

    public string Details { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    public string IntakeById { get; private set; } = string.Empty;

    public string IntakeByName { get; private set; } = string.Empty;

    public DateTimeOffset? IdentityVerifiedAt { get; private set; }

    public VerificationMethod? VerificationMethod { get; private set; }

    public string? VerifiedByName { get; private set; }

    public RequestStatus Status { get; private set; }

    public string? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    /// <summary>The rule this request was given at intake; later rule changes do not touch it.</summary>
    public DeadlineRule Rule { get; private set; } = DefaultDeadlineRules.RightsRequest;

    /// <summary>Null until the clock starts.</summary>
    public DateOnly? DueDate { get; private set; }

    /// <summary>Years the due-date computation needed but the working-day calendar did not cover (comma-separated).</summary>
    public string? CalendarWarning { get; private set; }

    /// <summary>Earlier requests from the same account within the repeat window before this one (<see cref="RepeatRequests"/>; policy 五.5).</summary>
    public int EarlierRequestsInYear { get; private set; }

    public bool IsRepeat => EarlierRequestsInYear > 0;

    public RefusalReason? RefusalReason { get; private set; }

    /// <summary>The answer's summary, or the refusal's explanation.</summary>
    public string? Outcome { get; private set; }

    /// <summary>What the answer letter tells the requester (a refusal's explanation is its <see cref="Outcome"/>).</summary>
    public string? Answer { get; private set; }

    public DateTimeOffset? AnswerSentAt { get; private set; }

    public RequestChannel? AnswerChannel { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Changes on every write: a second officer's save against an older version is refused.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<RequestEvent> Events => _events;

    public IReadOnlyList<CancellationCheck> CancellationChecks => _cancellationChecks;

    public IReadOnlyList<FollowUpTask> FollowUps => _followUps;

    public bool IsClosed => RequestWorkflow.IsClosed(Status);

    public IReadOnlyList<int> CalendarWarningYears =>
        string.IsNullOrEmpty(CalendarWarning) ? [] : CalendarWarning.Split(',').Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Records a new request. The clock starts now for complaints and inquiries, at verification for the rest.</summary>
    /// <exception cref="RequestRuleException">A broken <see cref="IntakeRules"/> rule, or an invalid deadline rule.</exception>
    public static PrivacyRequest Receive(
        string reference,
        RequestType type,
        RequestChannel channel,
        Requester requester,
        string? details,
        DateTimeOffset receivedAt,
        DeadlineRule rule,
        RequesterLookups? lookups,
        int earlierRequestsInYear,
        Actor intakeBy,
        WorkdayCalendar calendar,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(intakeBy);
        if (IntakeRules.Check(details, receivedAt, null, now) is [var broken, ..])
        {
            throw new RequestRuleException(broken);
        }

        if (!rule.IsValid)
        {
            throw new RequestRuleException(RequestRule.InvalidDeadlineRule);
        }

        var request = new PrivacyRequest
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            Type = type,
            Channel = channel,
            Requester = requester,
            MaskedName = PersonalDataMask.Text(requester.Name),
            MaskedContact = requester.Phone is { } phone ? PersonalDataMask.Phone(phone)
                : requester.Email is { } email ? PersonalDataMask.Email(email)
                : PersonalDataMask.Text(requester.AccountId),
            AccountLookup = lookups?.Account,
            PhoneLookup = lookups?.Phone,
            EmailLookup = lookups?.Email,
            NameLookup = lookups?.Name,
            LookupVersion = lookups is null ? 0 : RequesterLookups.CurrentVersion,
            Details = details?.Trim() ?? string.Empty,
            ReceivedAt = receivedAt,
            IntakeById = intakeBy.Id,
            IntakeByName = intakeBy.Name,
            Status = RequestStatus.Received,
            Rule = rule with { }, // an owned value: each request holds its own copy
            EarlierRequestsInYear = Math.Max(0, earlierRequestsInYear),
            Version = Guid.NewGuid(),
        };

        request.Log(RequestEventKind.Received, now, intakeBy, channel.ToString());
        if (rule.Start == ClockStart.Receipt)
        {
            request.StartClock(calendar, receivedAt);
        }

        if (type == RequestType.AccountCancellation)
        {
            request._cancellationChecks.AddRange(Enum.GetValues<CancellationPrecondition>().Select(p => new CancellationCheck(p)));
        }

        return request;
    }

    private void StartClock(WorkdayCalendar calendar, DateTimeOffset start)
    {
        var due = Rule.Apply(calendar, DateOnly.FromDateTime(ChinaTime.ToShanghai(start).DateTime));
        DueDate = due.Date;
        CalendarWarning = due.HasCalendarWarning ? string.Join(',', due.UncoveredYears) : null;
    }

    private void Log(RequestEventKind kind, DateTimeOffset at, Actor actor, string? detail = null)
    {
        _events.Add(new RequestEvent(_events.Count + 1, kind, at, actor, detail));
        Version = Guid.NewGuid();
    }

    private void MoveTo(RequestStatus next)
    {
        if (!RequestWorkflow.CanMove(Status, next))
        {
            throw new RequestRuleException(IsClosed ? RequestRule.RequestClosed : RequestRule.IllegalTransition);
        }

        Status = next;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new RequestRuleException(RequestRule.RequestClosed);
        }
    }

    private static string RequireText(string? text, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RequestRuleException(RequestRule.TextRequired);
        }

        var trimmed = text.Trim();
        return trimmed.Length > maxLength ? throw new RequestRuleException(RequestRule.DetailsTooLong) : trimmed;
    }
}
