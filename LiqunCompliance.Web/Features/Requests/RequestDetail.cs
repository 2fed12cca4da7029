using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>Everything the detail page shows. Contact data is masked; <see cref="RequestWorkflowService.RevealContactAsync"/> gives it in clear.</summary>
public sealed record RequestDetail(
    RequestRow Summary,
    string Details,
    string IntakeByName,
    string? IntakeById,
    DateTimeOffset? IdentityVerifiedAt,
    VerificationMethod? VerificationMethod,
    string? VerifiedByName,
    string? AssigneeId,
    DeadlineRule Rule,
    IReadOnlyList<int> CalendarWarningYears,
    int EarlierRequestsInYear,
    RefusalReason? RefusalReason,
    string? Outcome,
    DateTimeOffset? AnswerSentAt,
    RequestChannel? AnswerChannel,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<RequestEvent> Events,
    IReadOnlyList<CancellationCheck> CancellationChecks,
    IReadOnlyList<FollowUpTask> FollowUps,
    bool HasEmail,
    Guid Version)
{
    public bool IsClosed => RequestWorkflow.IsClosed(Summary.Status);
}

/// <summary>The requester's contact data in clear: only after an audited reveal.</summary>
public sealed record RevealedContact(string? Name, string? Phone, string? Email, string? AccountId, Guid Version);

/// <summary>A member of staff a request can be assigned to.</summary>
public sealed record Assignee(string Id, string Name);
