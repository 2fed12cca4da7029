using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// How many requests are in one status, of one type, with one assignee (their user id, "" for none). Written only by database triggers on
/// <c>PrivacyRequests</c> (see the <c>RequestTallies</c> migration), so it is exact for every writer; the app only reads it.
/// </summary>
public sealed class RequestTally
{
    public RequestStatus Status { get; private set; }

    public RequestType Type { get; private set; }

    public string AssigneeKey { get; private set; } = string.Empty;

    public int Count { get; private set; }

    /// <summary>The assignee's user id, or null for unassigned.</summary>
    public string? AssigneeId => AssigneeKey.Length == 0 ? null : AssigneeKey;
}
