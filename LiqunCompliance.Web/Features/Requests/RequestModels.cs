using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>What a supervisor types in, or the API receives.</summary>
public sealed class IntakeForm
{
    public RequestType Type { get; set; } = RequestType.Access;

    public RequestChannel Channel { get; set; } = RequestChannel.Hotline;

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? AccountId { get; set; }

    public string? Details { get; set; }

    /// <summary>Null means now.</summary>
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>Set by the app when the user was signed in (which verifies identity).</summary>
    public DateTimeOffset? IdentityVerifiedAt { get; set; }
}

/// <summary>The outcome of an intake: the new request's reference and clock, or the field errors (nothing stored).</summary>
public sealed record IntakeResult(
    bool Succeeded,
    IReadOnlyDictionary<string, string> FieldErrors,
    Guid? Id = null,
    string? Reference = null,
    RequestStatus? Status = null,
    DateOnly? DueDate = null,
    string? DeadlineRule = null,
    string? CalendarWarning = null,
    bool IsRepeat = false);

/// <summary>A row of the queue: contact data masked.</summary>
public sealed record RequestRow(
    Guid Id,
    string Reference,
    RequestType Type,
    RequestChannel Channel,
    RequestStatus Status,
    string MaskedName,
    string MaskedContact,
    DateTimeOffset ReceivedAt,
    DateOnly? DueDate,
    DeadlineStanding Standing,
    int? DaysLeft,
    DeadlineKind RuleKind,
    string? AssigneeName,
    bool IsRepeat,
    bool HasCalendarWarning);
