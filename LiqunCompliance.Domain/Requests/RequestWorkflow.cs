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

    /// <summary>
    /// The register's recipients a request does not list yet (matched by register entry, or by name for one typed in):
    /// what the request page proposes and what "add them all" adds.
    /// </summary>
    public static IReadOnlyList<(Guid EntryId, string Name)> MissingRecipients(IEnumerable<(Guid EntryId, string Name)> register, IEnumerable<FollowUpTask> followUps)
    {
        ArgumentNullException.ThrowIfNull(register);
        var listed = followUps.ToList();
        return [.. register.Where(x => !listed.Any(f => f.RegisterEntryId == x.EntryId || f.Recipient == x.Name))];
    }

    /// <summary>Answered: done or refused. Its answer letter is final, and the requester may download it (privacy center).</summary>
    public static bool IsAnswered(RequestStatus status) => status is RequestStatus.Completed or RequestStatus.Rejected;

    /// <summary>Types whose answer letter is the officer's answer itself: completing them needs that answer.</summary>
    public static bool AnswerIsTheContent(RequestType type) => type is RequestType.Explanation or RequestType.Complaint or RequestType.Inquiry;

    /// <summary>The recipients still to be asked to delete, which keep a request of this type from being completed.</summary>
    public static IReadOnlyList<string> RecipientsStillToNotify(RequestType type, IEnumerable<FollowUpTask> followUps) =>
        RequiresRecipientFollowUp(type)
            ? [.. followUps.Where(f => f.Status == FollowUpStatus.Pending).Select(f => f.Recipient)]
            : [];

    /// <summary>
    /// The actions a request offers, derived from the state machine above: a move is offered only where the workflow
    /// allows it. Rejection also needs the right to decide refusals; notes and the answer's dispatch are always possible.
    /// The services check the same rules again when the action is taken.
    /// </summary>
    public static IReadOnlyList<RequestActionKind> ActionsFor(RequestStatus status, RequestType type, bool identityVerified, bool mayDecideRefusals)
    {
        var actions = new List<RequestActionKind>();
        var needsVerification = NeedsIdentityVerification(type);
        if (needsVerification && status == RequestStatus.Received && CanMove(status, RequestStatus.AwaitingVerification))
        {
            actions.Add(RequestActionKind.RequestVerification);
        }

        if (needsVerification && !identityVerified && status is RequestStatus.Received or RequestStatus.AwaitingVerification)
        {
            actions.Add(RequestActionKind.VerifyIdentity);
        }

        if (!needsVerification && status == RequestStatus.Received && CanMove(status, RequestStatus.InProgress))
        {
            actions.Add(RequestActionKind.StartWork);
        }

        if (status == RequestStatus.InProgress && CanMove(status, RequestStatus.AwaitingRequester))
        {
            actions.Add(RequestActionKind.AwaitRequester);
        }

        if (status == RequestStatus.AwaitingRequester && CanMove(status, RequestStatus.InProgress))
        {
            actions.Add(RequestActionKind.Resume);
        }

        if (CanMove(status, RequestStatus.Completed))
        {
            actions.Add(RequestActionKind.Complete);
        }

        if (mayDecideRefusals && RefusalGrounds.MayBeRefused(type) && CanMove(status, RequestStatus.Rejected))
        {
            actions.Add(RequestActionKind.Reject);
        }

        if (CanMove(status, RequestStatus.Withdrawn))
        {
            actions.Add(RequestActionKind.Withdraw);
        }

        actions.Add(RequestActionKind.AddNote);
        actions.Add(RequestActionKind.RecordAnswer);
        return actions;
    }
}
