using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Requests;

/// <summary>One entry of a request's timeline.</summary>
public sealed class RequestEvent : TimelineEvent<RequestEventKind>
{
    private RequestEvent()
    {
    }

    internal RequestEvent(int ordinal, RequestEventKind kind, DateTimeOffset at, Actor actor, string? detail)
        : base(ordinal, kind, at, actor, detail)
    {
    }
}

/// <summary>One of the eight cancellation preconditions of 附件一: unchecked until someone records met or not met.</summary>
public sealed class CancellationCheck
{
    private CancellationCheck()
    {
    }

    internal CancellationCheck(CancellationPrecondition precondition)
    {
        Id = Guid.NewGuid();
        Precondition = precondition;
    }

    public Guid Id { get; private set; }

    public CancellationPrecondition Precondition { get; private set; }

    /// <summary>Null while not yet checked.</summary>
    public bool? Met { get; private set; }

    public string? Note { get; private set; }

    public string? CheckedByName { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    internal void Record(bool met, string? note, Actor actor, DateTimeOffset at)
    {
        Met = met;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CheckedByName = actor.Name;
        CheckedAt = at;
    }
}

/// <summary>A recipient of the requester's data asked to delete it too (policy 五.2), tracked to its answer.</summary>
public sealed class FollowUpTask
{
    public const int MaxRecipientLength = 200;

    private FollowUpTask()
    {
    }

    internal FollowUpTask(string recipient, Guid? registerEntryId, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Recipient = recipient;
        RegisterEntryId = registerEntryId;
        Status = FollowUpStatus.Pending;
        UpdatedAt = at;
    }

    public Guid Id { get; private set; }

    /// <summary>The company or SDK, as named when the task was added.</summary>
    public string Recipient { get; private set; } = string.Empty;

    /// <summary>The register entry of the recipient; null for a recipient outside the register.</summary>
    public Guid? RegisterEntryId { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Update(FollowUpStatus status, string? note, DateTimeOffset at)
    {
        Status = status;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedAt = at;
    }
}
