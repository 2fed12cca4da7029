using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Requests;

public sealed partial class PrivacyRequest
{
    /// <summary>Records one cancellation precondition as met or not met, with a note.</summary>
    public void CheckPrecondition(CancellationPrecondition precondition, bool met, string? note, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var check = _cancellationChecks.FirstOrDefault(c => c.Precondition == precondition)
            ?? throw new RequestRuleException(RequestRule.NotAccountCancellation);
        if (!met && string.IsNullOrWhiteSpace(note))
        {
            throw new RequestRuleException(RequestRule.TextRequired);
        }

        check.Record(met, note, actor, now);
        Log(RequestEventKind.PreconditionChecked, now, actor, $"{precondition}|{(met ? "met" : "not met")}");
    }

    /// <summary>
    /// Adds a recipient who must be asked to delete the data too: the register entry it is (so the link survives a
    /// rename of the entry), or a name outside the register.
    /// </summary>
    public FollowUpTask AddFollowUp(string? recipient, Guid? registerEntryId, Actor actor, DateTimeOffset now)
    {
        var name = RequireText(recipient, FollowUpTask.MaxRecipientLength);
        var task = new FollowUpTask(name, registerEntryId, now);
        _followUps.Add(task);
        Log(RequestEventKind.FollowUpAdded, now, actor, name);
        return task;
    }

    public void UpdateFollowUp(Guid followUpId, FollowUpStatus status, string? note, Actor actor, DateTimeOffset now)
    {
        var task = _followUps.FirstOrDefault(f => f.Id == followUpId) ?? throw new RequestRuleException(RequestRule.FollowUpNotFound);
        if (status is FollowUpStatus.Declined && string.IsNullOrWhiteSpace(note))
        {
            throw new RequestRuleException(RequestRule.TextRequired);
        }

        task.Update(status, note, now);
        Log(RequestEventKind.FollowUpUpdated, now, actor, $"{task.Recipient}|{status}");
    }
}
