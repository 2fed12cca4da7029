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
    CallerFilter? Caller = null,
    QueueSort Sort = QueueSort.DueDate,
    bool Descending = false,
    int Page = 0,
    int PageSize = 50);

/// <summary>
/// A search by the caller's details: the keyed lookups to match (never the value itself, so neither the page's state nor
/// the export link carries contact data) and the masked value the page shows. Matches the kind's lookup or, for any
/// entry, the account id's.
/// </summary>
public sealed record CallerFilter(CallerKeyKind Kind, string Lookup, string? AccountLookup, string Shown)
{
    /// <summary>For the export link: kind, lookup and account lookup (hashes only).</summary>
    public string Token => $"{Kind}.{Lookup}.{AccountLookup}";

    public static CallerFilter? FromToken(string? token)
    {
        var parts = token?.Split('.') ?? [];
        return parts.Length == 3 && Enum.TryParse<CallerKeyKind>(parts[0], out var kind) && Enum.IsDefined(kind) && IsHash(parts[1]) && (parts[2].Length == 0 || IsHash(parts[2]))
            ? new CallerFilter(kind, parts[1], parts[2].Length == 0 ? null : parts[2], string.Empty)
            : null;
    }

    private static bool IsHash(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);
}

/// <summary>What the queue's search box found: a reference filter, a caller filter with how many requests match, or nothing readable.</summary>
public sealed record QueueSearch(string? Reference, CallerFilter? Caller, int? Matches)
{
    public static readonly QueueSearch Unreadable = new(null, null, null);

    public bool IsUnreadable => Reference is null && Caller is null;
}

public sealed record RequestQueuePage(IReadOnlyList<RequestRow> Rows, int TotalCount);

/// <summary>Counts for the home page.</summary>
public sealed record RequestCounters(int Open, int Mine, int Unassigned, int DueSoon, int Overdue, int AwaitingVerification, int CalendarWarnings);
