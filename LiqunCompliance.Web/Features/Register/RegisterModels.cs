using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>A line of the register list.</summary>
public sealed record RegisterRow(
    Guid Id, string Name, string Provider, EntryKind Kind, EntryStatus Status, int ItemCount, bool Sensitive,
    bool CrossBorder, DateOnly? NextReviewOn, bool ReviewDue, DateTimeOffset UpdatedAt, string UpdatedByName, int RetiredItemsHeld = 0, bool ProviderUnconfirmed = false);

/// <summary>One version of an entry with what it changed against the one before.</summary>
public sealed record EntryVersionView(
    int Number, RegisterChangeKind Change, DateTimeOffset At, string ByName, string? Note, IReadOnlyList<FieldChange> Changes);

/// <summary>A request whose deletion follow-up went to this entry (matched by recipient name).</summary>
public sealed record LinkedRequest(Guid Id, string Reference, RequestStatus Status, FollowUpStatus FollowUpStatus);

public sealed record RegisterEntryDetail(
    Guid Id, RegisterEntryData Data, Guid Stamp, int CurrentVersion, DateOnly? LastReviewedOn, string? LastReviewedByName,
    IReadOnlyList<EntryVersionView> Versions, IReadOnlyList<LinkedRequest> Requests, bool ReviewDue)
{
    /// <summary>Names of catalogue items it holds that have been retired since (a warning; nothing is blocked).</summary>
    public IReadOnlyList<string> RetiredItemsHeld { get; init; } = [];
}

