using LiqunCompliance.Domain.PrivacyCenter;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>The public request form, as posted (every field text: a malformed value is refused with a message, never a binding error).</summary>
public sealed class PrivacyRequestForm
{
    public const int MaxDetailsLength = 3000;

    public const int MaxRelationshipLength = 50;

    public string? Type { get; set; }

    public string? ContactKind { get; set; } = nameof(Domain.PrivacyCenter.ContactKind.Email);

    public string? Contact { get; set; }

    public string? Name { get; set; }

    public string? AccountId { get; set; }

    public string? Details { get; set; }

    public string? Relationship { get; set; }

    public bool ProofToFollow { get; set; }
}

/// <summary>The tracking form: a reference and the contact given with the request.</summary>
public sealed class TrackForm
{
    public string? Reference { get; set; }

    public string? ContactKind { get; set; } = nameof(Domain.PrivacyCenter.ContactKind.Email);

    public string? Contact { get; set; }
}

/// <summary>The code form.</summary>
public sealed class CodeForm
{
    public string? Code { get; set; }
}

/// <summary>A submission waiting for its code, kept encrypted in its challenge.</summary>
public sealed record PendingSubmission(RequestType Type, ContactKind ContactKind, string Contact, string? Name, string? AccountId, string Details, string Culture);

/// <summary>What the code page shows after a check.</summary>
/// <param name="Malformed">The typed code was not six digits: nothing was checked or counted.</param>
/// <param name="RequestId">Tracking, verified: the request whose status may be shown.</param>
/// <param name="Reference">Submitting, verified: the new request's reference.</param>
/// <param name="Error">Verified, but the request could not be recorded yet (the same code may be entered again).</param>
public sealed record CodeCheck(ChallengeOutcome Outcome, ChallengePurpose? Purpose, int AttemptsLeft, bool Malformed = false,
    Guid? RequestId = null, string? Reference = null, string? Error = null);

/// <summary>All a user sees of their request when tracking it: nothing else about it, nor about any other request.</summary>
public sealed record TrackedRequest(string Reference, RequestStatus Status, DateOnly? DueDate, bool LetterAvailable);
