using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// A head of the audit chain as it was published (in a monthly report, a regulator pack), sealed with the key kept
/// outside the database. Verify compares the chain with the latest one whose seal holds.
/// </summary>
public sealed class PublishedAuditHeadRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public long Sequence { get; set; }

    public string Hash { get; set; } = string.Empty;

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Where it was published: "monthly-report 2026-11", "regulator-pack".</summary>
    public string PublishedIn { get; set; } = string.Empty;

    public string Seal { get; set; } = string.Empty;

    public PublishedAuditHead ToHead() => new(Sequence, Hash, PublishedAt, Seal);
}
