using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// A register entry as stored: the current <see cref="RegisterEntryData"/> as JSON (the source of truth) plus the
/// columns the register list filters and sorts on. Every change also adds a <see cref="RegisterEntryVersion"/>.
/// </summary>
public sealed class RegisterEntryRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Normalised name and provider; unique, so a duplicate is refused by the database too.</summary>
    public string IdentityKey { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Provider { get; set; } = string.Empty;

    public EntryKind Kind { get; set; }

    public EntryStatus Status { get; set; }

    public DateOnly? NextReviewOn { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    public string? LastReviewedByName { get; set; }

    public string DataJson { get; set; } = "{}";

    public int CurrentVersion { get; set; }

    /// <summary>Concurrency token: replaced on every save.</summary>
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedByName { get; set; } = string.Empty;

    public List<RegisterEntryVersion> Versions { get; } = [];

    /// <summary>Makes <paramref name="entry"/> the current state and keeps it as the next version.</summary>
    public void Record(RegisterEntryData entry, RegisterChangeKind kind, DateTimeOffset now, string byId, string byName, DateOnly today, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        IdentityKey = entry.IdentityKey;
        Name = entry.Name;
        Provider = entry.Provider;
        Kind = entry.Kind;
        Status = entry.Status;
        NextReviewOn = entry.NextReviewOn;
        DataJson = RegisterJson.Write(entry);
        CurrentVersion++;
        Stamp = Guid.NewGuid();
        UpdatedAt = now;
        UpdatedByName = byName;
        if (kind == RegisterChangeKind.Reviewed)
        {
            LastReviewedOn = today;
            LastReviewedByName = byName;
        }

        Versions.Add(new RegisterEntryVersion
        {
            EntryId = Id,
            Number = CurrentVersion,
            Change = kind,
            DataJson = DataJson,
            ChangedAt = now,
            ChangedById = byId,
            ChangedByName = byName,
            Note = note,
        });
    }
}
