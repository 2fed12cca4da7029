using System.ComponentModel;

namespace LiqunCompliance.Web.Features.Requests.Api;

/// <summary>POST /api/v1/requests body. Enum and time fields are strings so that each bad one is named in the 400.</summary>
[Description("A user's privacy request.")]
public sealed class CreateRequestBody
{
    /// <summary>Access, Correction, Deletion, ConsentWithdrawal, AccountCancellation, MarketingOptOut, Explanation, Transfer, DeceasedUserRequest, Complaint, Inquiry.</summary>
    [Description("What the user asks for, exactly as named (case-sensitive).")]
    public string? Type { get; set; }

    /// <summary>App, H5, Hotline, Email, Letter, Regulator.</summary>
    [Description("Where the request came in, exactly as named (case-sensitive).")]
    public string? Channel { get; set; }

    /// <summary>Declared not null (a client must send it); a body without it is still answered with a 400 naming it.</summary>
    [Description("Who asks.")]
    public RequesterBody Requester { get; set; } = default!;

    [Description("The request in the user's words (no control characters).")]
    public string? Details { get; set; }

    /// <summary>ISO 8601 with offset, e.g. 2026-11-24T09:30:00+08:00; omitted means now.</summary>
    [Description("When the user made the request: ISO 8601 with offset (2026-11-24T09:30:00+08:00); omitted means now. Not in the future, not before 2022-08-29.")]
    public string? ReceivedAt { get; set; }

    /// <summary>Set when the user was signed in to the app (which verifies identity); ISO 8601 with offset.</summary>
    [Description("Set when the user was signed in to the app, which verifies identity: the deadline runs from this instant. ISO 8601 with offset.")]
    public string? IdentityVerifiedAt { get; set; }
}

public sealed class RequesterBody
{
    [Description("The user's name as given.")]
    public string? Name { get; set; }

    [Description("Mainland mobile number, 11 digits (+86 and spaces allowed).")]
    public string? Phone { get; set; }

    [Description("E-mail address.")]
    public string? Email { get; set; }

    [Description("The 利群网商 account id, when the user has one.")]
    public string? AccountId { get; set; }
}

/// <summary>The answer to a created request, and to GET (no personal data).</summary>
/// <param name="DueDate">YYYY-MM-DD, null until the clock starts.</param>
[Description("A request's status and due date (no personal data).")]
public sealed record RequestStatusResponse(
    [property: Description("The request's reference, LQ-YYYY-NNNNNN.")] string Reference,
    [property: Description("Where the request stands.")] string Status,
    [property: Description("The date the answer is due (YYYY-MM-DD, Asia/Shanghai); null until the clock starts (identity verified).")] string? DueDate,
    [property: Description("The deadline rule applied, e.g. \"30 CalendarDays from IdentityVerification\" or \"15 WorkingDays from Receipt\".")] string DeadlineRule,
    [property: Description("Set when the working-day calendar does not cover the due date (the date is then provisional).")] string? CalendarWarning);
