namespace LiqunCompliance.Web.Features.Requests.Api;

/// <summary>POST /api/v1/requests body. Enum and time fields are strings so that each bad one is named in the 400.</summary>
public sealed class CreateRequestBody
{
    /// <summary>Access, Correction, Deletion, ConsentWithdrawal, AccountCancellation, MarketingOptOut, Explanation, Transfer, DeceasedUserRequest, Complaint, Inquiry.</summary>
    public string? Type { get; set; }

    /// <summary>App, H5, Hotline, Email, Letter, Regulator.</summary>
    public string? Channel { get; set; }

    public RequesterBody? Requester { get; set; }

    public string? Details { get; set; }

    /// <summary>ISO 8601 with offset, e.g. 2026-11-24T09:30:00+08:00; omitted means now.</summary>
    public string? ReceivedAt { get; set; }

    /// <summary>Set when the user was signed in to the app (which verifies identity); ISO 8601 with offset.</summary>
    public string? IdentityVerifiedAt { get; set; }
}

public sealed class RequesterBody
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? AccountId { get; set; }
}

/// <summary>The answer to a created request, and to GET (no personal data).</summary>
/// <param name="DueDate">YYYY-MM-DD, null until the clock starts.</param>
public sealed record RequestStatusResponse(string Reference, string Status, string? DueDate, string DeadlineRule, string? CalendarWarning);
