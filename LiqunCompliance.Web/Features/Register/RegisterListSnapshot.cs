using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Data;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>
/// The two lists' source: the active entries and the catalogue names, either as published (with a number, date and
/// hash) or as publishing now would make them (a draft, no number).
/// </summary>
public sealed record RegisterListSnapshot(
    int? Number, DateTimeOffset? PublishedAt, string? PublishedByName, string? ContentHash, bool MajorChange,
    IReadOnlyList<RegisterEntryData> Entries, IReadOnlyList<CatalogueItemSnapshot> Catalogue)
{
    public bool IsDraft => Number is null;

    public IReadOnlyList<CollectionListRow> CollectionRows(bool english)
    {
        var lookup = Lookup();
        return MiitLists.Collection(Entries, lookup, item => english ? item.NameEn : item.NameZh);
    }

    public IReadOnlyList<SharingListRow> SharingRows(bool english)
    {
        var lookup = Lookup();
        return MiitLists.Sharing(Entries, lookup, item => english ? item.NameEn : item.NameZh);
    }

    private Func<string, PersonalInformationItem?> Lookup()
    {
        var items = Catalogue.ToDictionary(c => c.Code, c => c.ToItem(), StringComparer.Ordinal);
        return code => items.GetValueOrDefault(code);
    }
}

/// <summary>A published version of the lists, for the version picker and the officer's history.</summary>
public sealed record PublishedListSummary(int Number, DateTimeOffset PublishedAt, string PublishedByName, string ContentHash, bool MajorChange, string ChangeSummary);

/// <summary>What publishing now would change, and whether the change needs a policy revision.</summary>
/// <param name="Unconfirmed">Values the lists would show as 待确认: publishing names each and needs an acknowledgement.</param>
/// <param name="UnusedItems">Catalogue items no list row uses: a gap to look at before publishing.</param>
public sealed record PendingListChanges(
    int? LatestNumber, IReadOnlyList<ListChange> Changes, bool MajorChange, IReadOnlyList<UnconfirmedFact> Unconfirmed, IReadOnlyList<CatalogueItemSnapshot> UnusedItems);
