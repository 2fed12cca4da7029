using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Web.Data;

/// <summary>One version of a register entry, kept for ever: the whole entry as it was after the change, and who made it.</summary>
public sealed class RegisterEntryVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid EntryId { get; set; }

    public int Number { get; set; }

    public RegisterChangeKind Change { get; set; }

    public string DataJson { get; set; } = "{}";

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedById { get; set; } = string.Empty;

    public string ChangedByName { get; set; } = string.Empty;

    public string? Note { get; set; }
}
