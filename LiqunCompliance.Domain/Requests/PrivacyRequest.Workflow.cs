using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Requests;

public sealed partial class PrivacyRequest
{
    /// <summary>Asks the requester to prove who they are (rights requests).</summary>
    public void RequestVerification(Actor actor, DateTimeOffset now)
    {
        MoveTo(RequestStatus.AwaitingVerification);
        Log(RequestEventKind.VerificationRequested, now, actor);
    }

    /// <summary>Records who verified the requester's identity, how and when; this starts the clock of rights requests.</summary>
    public void VerifyIdentity(VerificationMethod method, DateTimeOffset verifiedAt, Actor actor, WorkdayCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOpen();
        if (IdentityVerifiedAt is not null)
        {
            throw new RequestRuleException(RequestRule.AlreadyVerified);
        }

        if (verifiedAt > now)
        {
            throw new RequestRuleException(RequestRule.VerificationInFuture);
        }

        // Officers enter the time to the minute; a request from the API or the privacy center is received to the second.
        // A verification entered in the minute of receipt is taken as at receipt, not refused as before it.
        var receiptMinute = ReceivedAt.AddTicks(-(ReceivedAt.Ticks % TimeSpan.TicksPerMinute));
        if (verifiedAt < receiptMinute)
        {
            throw new RequestRuleException(RequestRule.VerificationBeforeReceipt);
        }

        if (Status is not (RequestStatus.Received or RequestStatus.AwaitingVerification))
        {
            throw new RequestRuleException(RequestRule.IllegalTransition);
        }

        verifiedAt = verifiedAt < ReceivedAt ? ReceivedAt : verifiedAt;
        IdentityVerifiedAt = verifiedAt;
        VerificationMethod = method;
        VerifiedByName = actor.Name;
        if (Rule.Start == ClockStart.IdentityVerification)
        {
            StartClock(calendar, verifiedAt);
        }

        Status = RequestStatus.InProgress;
        Log(RequestEventKind.IdentityVerified, now, actor, method.ToString());
    }

    /// <summary>Starts work on a request that needs no verification (complaint, inquiry) or is already verified.</summary>
    public void StartWork(Actor actor, DateTimeOffset now)
    {
        if (RequestWorkflow.NeedsIdentityVerification(Type) && IdentityVerifiedAt is null)
        {
            throw new RequestRuleException(RequestRule.NotVerified);
        }

        MoveTo(RequestStatus.InProgress);
        Log(RequestEventKind.WorkStarted, now, actor);
    }

    public void AwaitRequester(string? question, Actor actor, DateTimeOffset now)
    {
        var text = RequireText(question);
        MoveTo(RequestStatus.AwaitingRequester);
        Log(RequestEventKind.AwaitingRequester, now, actor, text);
    }

    public void Resume(Actor actor, DateTimeOffset now)
    {
        if (Status != RequestStatus.AwaitingRequester)
        {
            throw new RequestRuleException(IsClosed ? RequestRule.RequestClosed : RequestRule.IllegalTransition);
        }

        MoveTo(RequestStatus.InProgress);
        Log(RequestEventKind.Resumed, now, actor);
    }

    public void Assign(string assigneeId, string assigneeName, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        AssigneeId = assigneeId;
        AssigneeName = assigneeName;
        Log(RequestEventKind.Assigned, now, actor, assigneeName);
    }

    public void AddNote(string? text, Actor actor, DateTimeOffset now) => Log(RequestEventKind.NoteAdded, now, actor, RequireText(text));

    /// <summary>
    /// Completes the request. An account cancellation completes only when every condition of 附件一 is met. For a
    /// deletion, consent withdrawal or cancellation, every recipient is asked to delete too (policy 五.2); with no
    /// recipient at all, the officer states why, and the statement stays in the timeline.
    /// </summary>
    /// <param name="outcome">The officer's internal note of what was done; never printed in the letter.</param>
    /// <param name="answer">What the letter tells the requester; required where the answer is the content (an explanation, a complaint, an inquiry).</param>
    /// <param name="noRecipientReason">Why no recipient was asked to delete, when none was.</param>
    public void Complete(string? outcome, Actor actor, DateTimeOffset now, string? answer = null, string? noRecipientReason = null)
    {
        var text = RequireText(outcome);
        var answerText = string.IsNullOrWhiteSpace(answer) ? null : RequireText(answer);
        if (answerText is null && RequestWorkflow.AnswerIsTheContent(Type))
        {
            throw new RequestRuleException(RequestRule.AnswerRequired);
        }

        if (Type == RequestType.AccountCancellation && _cancellationChecks.Any(c => c.Met != true))
        {
            throw new RequestRuleException(RequestRule.PreconditionsUnmet);
        }

        // Policy 五.2: every recipient of the data is asked to delete it too before the request is answered as done;
        // their confirmations may still come in afterwards (follow-ups stay updatable on a closed request).
        if (RequestWorkflow.RecipientsStillToNotify(Type, _followUps).Count > 0)
        {
            throw new RequestRuleException(RequestRule.RecipientsNotNotified);
        }

        string? reason = null;
        if (RequestWorkflow.RequiresRecipientFollowUp(Type) && _followUps.Count == 0)
        {
            reason = string.IsNullOrWhiteSpace(noRecipientReason) ? throw new RequestRuleException(RequestRule.NoRecipientsWithoutReason) : RequireText(noRecipientReason);
        }

        MoveTo(RequestStatus.Completed);
        Outcome = text;
        Answer = answerText;
        ClosedAt = now;
        if (reason is not null)
        {
            Log(RequestEventKind.NoRecipientStated, now, actor, reason);
        }

        Log(RequestEventKind.Completed, now, actor);
    }

    /// <summary>
    /// Refuses the request on one of the policy's grounds. Only a privacy officer decides, and not the person who took it in.
    /// </summary>
    public void Reject(RefusalReason reason, string? explanation, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsPrivacyOfficer)
        {
            throw new RequestRuleException(RequestRule.RejectionNeedsPrivacyOfficer);
        }

        if (actor.Id == IntakeById)
        {
            throw new RequestRuleException(RequestRule.RejectionByIntakePerson);
        }

        if (!RefusalGrounds.IsOffered(reason))
        {
            throw new RequestRuleException(RequestRule.UnknownRefusalReason);
        }

        if (!RefusalGrounds.MayBeRefused(Type))
        {
            throw new RequestRuleException(RequestRule.MayNotBeRefused);
        }

        var text = string.IsNullOrWhiteSpace(explanation) ? throw new RequestRuleException(RequestRule.ExplanationRequired) : RequireText(explanation);
        MoveTo(RequestStatus.Rejected);
        RefusalReason = reason;
        Outcome = text;
        ClosedAt = now;
        Log(RequestEventKind.Rejected, now, actor, reason.ToString());
    }

    public void Withdraw(string? note, Actor actor, DateTimeOffset now)
    {
        var text = RequireText(note);
        MoveTo(RequestStatus.Withdrawn);
        Outcome = text;
        ClosedAt = now;
        Log(RequestEventKind.Withdrawn, now, actor, text);
    }

    /// <summary>Records that the answer letter went out (it may go out before or when the request is closed).</summary>
    public void RecordAnswerSent(RequestChannel channel, DateTimeOffset sentAt, Actor actor, DateTimeOffset now)
    {
        if (sentAt > now)
        {
            throw new RequestRuleException(RequestRule.AnswerInFuture);
        }

        if (sentAt < ReceivedAt)
        {
            throw new RequestRuleException(RequestRule.AnswerBeforeReceipt);
        }

        AnswerSentAt = sentAt;
        AnswerChannel = channel;
        Log(RequestEventKind.AnswerSent, now, actor, channel.ToString());
    }

    /// <summary>Notes that someone revealed the requester's contact data (the audit trail records it too).</summary>
    public void RecordContactRevealed(Actor actor, DateTimeOffset now) => Log(RequestEventKind.ContactRevealed, now, actor);

    /// <summary>
    /// Records that the requester proved control of the contact given (by a code sent to it) at <paramref name="at"/>.
    /// This is not identity verification: it neither verifies the account nor starts the clock.
    /// </summary>
    public void RecordContactVerified(LiqunCompliance.Domain.PrivacyCenter.ContactKind kind, DateTimeOffset at, Actor actor) =>
        Log(RequestEventKind.ContactVerified, at, actor, kind.ToString());
}
