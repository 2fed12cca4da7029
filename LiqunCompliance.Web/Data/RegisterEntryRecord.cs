using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// How a register entry (<see cref="RegisterEntry"/>, the domain aggregate that decides every change) is stored: its
/// current <see cref="RegisterEntryData"/> as JSON (the source of truth) plus the columns the register list filters and
/// sorts on. Nothing here decides anything: the only way to change it is <see cref="Record"/> with what the aggregate
/// produced, and every change also adds a <see cref="RegisterEntryVersion"/>.
/// </summary>
public sealed class RegisterEntryRecord
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>Normalised name and provider; unique, so a duplicate is refused by the database too.</summary>
    public string IdentityKey { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Provider { get; private set; } = string.Empty;

    public EntryKind Kind { get; private set; }

    public EntryStatus Status { get; private set; }

    public DateOnly? NextReviewOn { get; private set; }

    public DateOnly? LastReviewedOn { get; private set; }

    public string? LastReviewedByName { get; private set; }

    public string DataJson { get; private set; } = "{}";

    public int CurrentVersion { get; private set; }

    /// <summary>Concurrency token: replaced on every save.</summary>
    public Guid Stamp { get; private set; } = Guid.NewGuid();

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedByName { get; private set; } = string.Empty;

    public List<RegisterEntryVersion> Versions { get; } = [];

    /// <summary>The aggregate as stored, to decide the next change.</summary>
    public RegisterEntry ToEntry() => RegisterEntry.Restore(RegisterJson.Read(DataJson), LastReviewedOn, LastReviewedByName);

    /// <summary>Stores what <paramref name="entry"/> now is and keeps it as the next version of the history.</summary>
    public void Record(RegisterEntry entry, RegisterChangeKind kind, DateTimeOffset now, string byId, string byName, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        LastReviewedOn = entry.LastReviewedOn;
        LastReviewedByName = entry.LastReviewedByName;
        Keep(entry.Data, kind, now, byId, byName, note);
    }

    /// <summary>Seeding and bulk loads: trusted data stored as a version without passing the aggregate's checks.</summary>
    internal void Record(RegisterEntryData entry, RegisterChangeKind kind, DateTimeOffset now, string byId, string byName, DateOnly today, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (kind == RegisterChangeKind.Reviewed)
        {
            LastReviewedOn = today;
            LastReviewedByName = byName;
        }

        Keep(entry, kind, now, byId, byName, note);
    }

    private void Keep(RegisterEntryData entry, RegisterChangeKind kind, DateTimeOffset now, string byId, string byName, string? note)
    {
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
