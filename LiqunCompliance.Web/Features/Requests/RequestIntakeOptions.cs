using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>Settings of request intake (section <c>Requests</c>).</summary>
public sealed class RequestIntakeOptions
{
    public const string Section = "Requests";

    /// <summary>How far back an earlier request of the same account makes this one a repeat (待确认: the policy names no period).</summary>
    public int RepeatWindowMonths { get; set; } = RepeatRequests.DefaultWindowMonths;

    /// <summary>Whether the background job makes the contact lookups of requests stored before they existed (<see cref="RequesterLookupBackfill"/>).</summary>
    public bool LookupBackfill { get; set; } = true;
}
