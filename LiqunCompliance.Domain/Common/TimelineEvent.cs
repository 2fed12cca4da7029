namespace LiqunCompliance.Domain.Common;

/// <summary>
/// One entry of an aggregate's timeline: its position, what happened, when and by whom, and a detail (free text or
/// codes such as "Email|2", never a person's contact data). Requests and incidents keep their own kinds of event.
/// </summary>
/// <typeparam name="TKind">The aggregate's kinds of event.</typeparam>
public abstract class TimelineEvent<TKind>
    where TKind : struct, Enum
{
    protected TimelineEvent()
    {
    }

    protected TimelineEvent(int ordinal, TKind kind, DateTimeOffset at, Actor actor, string? detail)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Id = Guid.NewGuid();
        Ordinal = ordinal;
        Kind = kind;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Detail = detail;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the timeline (several events can share a time).</summary>
    public int Ordinal { get; private set; }

    public TKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = string.Empty;

    public string ActorName { get; private set; } = string.Empty;

    /// <summary>Free text or codes ("a|b": a status, a reason, a channel); never a requester's contact data.</summary>
    public string? Detail { get; private set; }
}
