using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Web.Features.Audit;

/// <param name="From">First Shanghai date included.</param>
/// <param name="To">Last Shanghai date included.</param>
/// <param name="User">Part of the acting user's display name or e-mail.</param>
public sealed record AuditQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? User = null,
    string? EntityType = null,
    AuditAction? Action = null,
    int Page = 0,
    int PageSize = 25);

public sealed record AuditRow(
    long Sequence,
    DateTimeOffset OccurredAt,
    string? UserName,
    AuditAction Action,
    string EntityType,
    string? EntityKey,
    IReadOnlyList<FieldChange> Changes,
    string Hash)
{
    /// <summary>The acting person by display name and role (null for the system or an unknown account).</summary>
    public AuditActor? Actor { get; init; }

    /// <summary>The record type in the reader's language.</summary>
    public string EntityText { get; init; } = EntityType;

    /// <summary>The changes as readable lines (状态：待核验身份 → 已拒绝).</summary>
    public IReadOnlyList<string> ChangeLines { get; init; } = [];

    public string PreviousHash { get; init; } = string.Empty;
}

/// <summary>A person as the trail shows them: display name, role (in the reader's language) and the account's e-mail.</summary>
public sealed record AuditActor(string DisplayName, string? Role, string? Email);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int TotalCount);
