using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>The quick views of the queue.</summary>
public enum QueueView
{
    Open,
    Mine,
    Unassigned,
    DueSoon,
    Overdue,
    All,
}

public enum QueueSort
{
    DueDate,
    ReceivedAt,
    Reference,
    Status,
    Type,
}

public sealed record RequestQueueQuery(
    QueueView View = QueueView.Open,
    RequestStatus? Status = null,
    RequestType? Type = null,
    RequestChannel? Channel = null,
    string? AssigneeId = null,
    bool FlaggedOnly = false,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    string? Reference = null,
    QueueSort Sort = QueueSort.DueDate,
    bool Descending = false,
    int Page = 0,
    int PageSize = 50);

public sealed record RequestQueuePage(IReadOnlyList<RequestRow> Rows, int TotalCount);

/// <summary>Counts for the home page.</summary>
public sealed record RequestCounters(int Open, int Mine, int Unassigned, int DueSoon, int Overdue, int AwaitingVerification, int CalendarWarnings);
