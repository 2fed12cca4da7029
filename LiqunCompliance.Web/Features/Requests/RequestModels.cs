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

    /// <summary>
    /// One per form shown: a second submission of the same form (a double click, a retry) records nothing new and
    /// answers with the request the first one created.
    /// </summary>
    public Guid SubmissionId { get; set; } = Guid.NewGuid();
}

/// <summary>What an intake made: the new request's reference and clock (the result's field errors say why nothing was stored).</summary>
/// <param name="FirstAnswer">For a repeated submission: the API's stored answer to the first one.</param>
public sealed record IntakeReceipt(
    Guid? Id,
    string Reference,
    RequestStatus? Status = null,
    DateOnly? DueDate = null,
    string? DeadlineRule = null,
    string? CalendarWarning = null,
    bool IsRepeat = false,
    string? FirstAnswer = null);

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
