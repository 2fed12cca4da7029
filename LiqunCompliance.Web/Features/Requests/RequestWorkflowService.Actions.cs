using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Requests;

public sealed partial class RequestWorkflowService
{
    public Task<OperationResult> RequestVerificationAsync(Guid id, Guid version, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.RequestVerification(actor, now), cancellationToken);

    public Task<OperationResult> VerifyIdentityAsync(Guid id, Guid version, VerificationMethod method, DateTimeOffset verifiedAt, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, calendar, now) => r.VerifyIdentity(method, verifiedAt, actor, calendar, now), cancellationToken);

    public Task<OperationResult> StartWorkAsync(Guid id, Guid version, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.StartWork(actor, now), cancellationToken);

    public Task<OperationResult> AwaitRequesterAsync(Guid id, Guid version, string? question, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.AwaitRequester(question, actor, now), cancellationToken);

    public Task<OperationResult> ResumeAsync(Guid id, Guid version, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.Resume(actor, now), cancellationToken);

    public Task<OperationResult> AssignAsync(Guid id, Guid version, Assignee assignee, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.Assign(assignee.Id, assignee.Name, actor, now), cancellationToken);

    public Task<OperationResult> AddNoteAsync(Guid id, Guid version, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.AddNote(note, actor, now), cancellationToken);

    public Task<OperationResult> CheckPreconditionAsync(Guid id, Guid version, CancellationPrecondition precondition, bool met, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.CheckPrecondition(precondition, met, note, actor, now), cancellationToken);

    /// <summary>Adds a recipient to ask for deletion, linked to the register entry of that name when there is one.</summary>
    public async Task<OperationResult> AddFollowUpAsync(Guid id, Guid version, string? recipient, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.WorkRequests);
        Guid? entryId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            entryId = await Register.RegisterEntryLookup.IdByNameAsync(db, recipient, cancellationToken);
        }

        return await ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.AddFollowUp(recipient, entryId, actor, now), cancellationToken);
    }

    /// <summary>
    /// Adds every recipient the register says receives personal information (policy 五.2) that the request does not list
    /// yet. The officer then tracks each, or removes none: a recipient that did not receive this user's data is marked declined with a note.
    /// </summary>
    public async Task<OperationResult> AddRegisterRecipientsAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.WorkRequests);
        IReadOnlyList<(Guid Id, string Name)> recipients;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            recipients = await Register.RegisterEntryLookup.RecipientsAsync(db, cancellationToken);
        }

        return await ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) =>
        {
            foreach (var (entryId, name) in RequestWorkflow.MissingRecipients(recipients, r.FollowUps))
            {
                r.AddFollowUp(name, entryId, actor, now);
            }
        }, cancellationToken);
    }

    public Task<OperationResult> UpdateFollowUpAsync(Guid id, Guid version, Guid followUpId, FollowUpStatus status, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.UpdateFollowUp(followUpId, status, note, actor, now), cancellationToken);

    /// <param name="outcome">The internal note of what was done.</param>
    /// <param name="answer">What the letter tells the requester.</param>
    /// <param name="noRecipientReason">Why no recipient was asked to delete, when none was (deletion, withdrawal, cancellation).</param>
    public Task<OperationResult> CompleteAsync(Guid id, Guid version, string? outcome, string? answer = null, string? noRecipientReason = null, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.Complete(outcome, actor, now, answer, noRecipientReason), cancellationToken);

    /// <summary>Refuses the request: privacy officers only (the policy checks the role; the domain checks it is not the intake person).</summary>
    public Task<OperationResult> RejectAsync(Guid id, Guid version, RefusalReason reason, string? explanation, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.DecideRefusals, (r, actor, _, now) => r.Reject(reason, explanation, actor, now), cancellationToken);

    public Task<OperationResult> WithdrawAsync(Guid id, Guid version, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.Withdraw(note, actor, now), cancellationToken);

    public Task<OperationResult> RecordAnswerSentAsync(Guid id, Guid version, RequestChannel channel, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        ActAsync(id, version, AccessPolicies.WorkRequests, (r, actor, _, now) => r.RecordAnswerSent(channel, sentAt, actor, now), cancellationToken);

    /// <summary>
    /// Assigns many requests at once (the queue's bulk action): one query, one save. Closed requests are skipped.
    /// Returns how many were assigned; 0 when a colleague changed one of them meanwhile (nothing is saved then).
    /// </summary>
    public async Task<int> BulkAssignAsync(IReadOnlyCollection<Guid> ids, Assignee assignee, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(assignee);
        await guard.DemandAsync(AccessPolicies.WorkRequests);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var requests = await db.PrivacyRequests.Include(r => r.Events).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var actor = currentUser.ToActor();
        var now = clock.GetUtcNow();
        var open = requests.Where(r => !r.IsClosed).ToList();
        foreach (var request in open)
        {
            request.Assign(assignee.Id, assignee.Name, actor, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return open.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }
    }
}
