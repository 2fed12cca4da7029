namespace LiqunCompliance.Web.Data;

/// <summary>
/// A published snapshot of the two lists (collection and sharing): the active entries and the catalogue names as they
/// were, so the office can show exactly what users saw on a given day. Never changed after it is written.
/// </summary>
public sealed class PublishedRegisterList
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>1, 2, 3, …; shown to users as the list's version.</summary>
    public int Number { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public string PublishedById { get; set; } = string.Empty;

    public string PublishedByName { get; set; } = string.Empty;

    /// <summary>The active entries, as a JSON array of RegisterEntryData.</summary>
    public string EntriesJson { get; set; } = "[]";

    /// <summary>The catalogue items the entries use, with their names and sensitivity at publication.</summary>
    public string CatalogueJson { get; set; } = "[]";

    /// <summary>SHA-256 of entries and catalogue JSON, shown with the list so a copy can be checked.</summary>
    public string ContentHash { get; set; } = string.Empty;

    /// <summary>The change met the policy's major-change rule (new recipient of sensitive data, new purpose).</summary>
    public bool MajorChange { get; set; }

    /// <summary>How many entries were added, removed and changed against the previous snapshot, e.g. "+1 −0 ~2".</summary>
    public string ChangeSummary { get; set; } = string.Empty;

    /// <summary>
    /// The values published as 待确认 that the publisher acknowledged, one "entry · field" per line; empty when every
    /// value was confirmed. Part of the audited record of the publication.
    /// </summary>
    public string UnconfirmedAcknowledged { get; set; } = string.Empty;
}
