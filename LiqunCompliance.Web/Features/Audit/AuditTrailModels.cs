using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Web.Features.Audit;

/// <param name="From">First Shanghai date included.</param>
/// <param name="To">Last Shanghai date included.</param>
/// <param name="User">Part of the acting user's name.</param>
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
    string Hash);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int TotalCount);
