namespace LiqunCompliance.Domain.Requests;

/// <summary>
/// The request state machine: Received → Awaiting identity verification → In progress ⇄ Awaiting requester →
/// Completed | Rejected | Withdrawn. The terminal states have no way out.
/// </summary>
public static class RequestWorkflow
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Moves = new()
    {
        [RequestStatus.Received] = [RequestStatus.AwaitingVerification, RequestStatus.InProgress, RequestStatus.Rejected, RequestStatus.Withdrawn],
        [RequestStatus.AwaitingVerification] = [RequestStatus.InProgress, RequestStatus.Rejected, RequestStatus.Withdrawn],
        [RequestStatus.InProgress] = [RequestStatus.AwaitingRequester, RequestStatus.Completed, RequestStatus.Rejected, RequestStatus.Withdrawn],
        [RequestStatus.AwaitingRequester] = [RequestStatus.InProgress, RequestStatus.Completed, RequestStatus.Rejected, RequestStatus.Withdrawn],
        [RequestStatus.Completed] = [],
        [RequestStatus.Rejected] = [],
        [RequestStatus.Withdrawn] = [],
    };

    public static IReadOnlyList<RequestStatus> Next(RequestStatus from) => Moves[from];

    public static bool CanMove(RequestStatus from, RequestStatus to) => Moves[from].Contains(to);

    public static bool IsClosed(RequestStatus status) => status is RequestStatus.Completed or RequestStatus.Rejected or RequestStatus.Withdrawn;

    /// <summary>Types whose clock starts at receipt and which need no identity verification before work starts.</summary>
    public static bool NeedsIdentityVerification(RequestType type) => type is not (RequestType.Complaint or RequestType.Inquiry);

    /// <summary>Types after which every recipient of the data must be asked to delete it too (policy 五.2).</summary>
    public static bool RequiresRecipientFollowUp(RequestType type) =>
        type is RequestType.Deletion or RequestType.ConsentWithdrawal or RequestType.AccountCancellation;

    /// <summary>The recipients still to be asked to delete, which keep a request of this type from being completed.</summary>
    public static IReadOnlyList<string> RecipientsStillToNotify(RequestType type, IEnumerable<FollowUpTask> followUps) =>
        RequiresRecipientFollowUp(type)
            ? [.. followUps.Where(f => f.Status == FollowUpStatus.Pending).Select(f => f.Recipient)]
            : [];
}
