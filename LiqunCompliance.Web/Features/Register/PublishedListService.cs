using System.Globalization;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>What publishing made: the new list's number and whether it is a major change (users are told prominently).</summary>
public sealed record PublishedListNumber(int Number, bool MajorChange);

/// <summary>
/// Published lists are snapshots: reading them needs no sign-in (users see them in the app), drafting and publishing
/// need the register policies. A snapshot is never changed; a new one gets the next number.
/// </summary>
public sealed class PublishedListService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    /// <summary>A published snapshot, the latest when <paramref name="number"/> is null. Public: no policy.</summary>
    public async Task<RegisterListSnapshot?> PublishedAsync(int? number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.PublishedRegisterLists.AsNoTracking();
        var record = number is { } n
            ? await query.FirstOrDefaultAsync(p => p.Number == n, cancellationToken)
            : await query.OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ToSnapshot(record);
    }

    /// <summary>Every published version, newest first. Public: no policy.</summary>
    public async Task<IReadOnlyList<PublishedListSummary>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PublishedRegisterLists.AsNoTracking().OrderByDescending(p => p.Number)
            .Select(p => new PublishedListSummary(p.Number, p.PublishedAt, p.PublishedByName, p.ContentHash, p.MajorChange, p.ChangeSummary))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The lists as publishing now would make them.</summary>
    public async Task<RegisterListSnapshot> DraftAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (entries, catalogue, _) = await CurrentAsync(db, cancellationToken);
        return new RegisterListSnapshot(null, null, null, null, false, entries, catalogue);
    }

    /// <summary>"What changed since the last published list", and whether it needs a policy revision (policy 七.2).</summary>
    public async Task<PendingListChanges> PendingAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await PendingAsync(db, cancellationToken)).Pending;
    }

    /// <param name="seenLatest">The latest number the officer saw; if a colleague published since, nothing is published.</param>
    /// <param name="acknowledgeUnconfirmed">
    /// The officer was shown every value that will be published as 待确认 and accepts that; without it, a list with such
    /// values is not published (NeedsConfirmation). The acknowledged values are kept with the publication.
    /// </param>
    public async Task<OperationResult<PublishedListNumber>> PublishAsync(int? seenLatest, bool acknowledgeUnconfirmed = false, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (pending, entries, catalogue) = await PendingAsync(db, cancellationToken);
        if (pending.LatestNumber != seenLatest)
        {
            return OperationResult<PublishedListNumber>.Failed(OperationFailure.Conflict, text["Register.Publish.Conflict", pending.LatestNumber ?? 0]);
        }

        if (pending.LatestNumber is not null && pending.Changes.Count == 0)
        {
            return OperationResult<PublishedListNumber>.Failed(text["Register.Publish.NothingChanged"]);
        }

        if (entries.Count == 0)
        {
            return OperationResult<PublishedListNumber>.Failed(text["Register.Publish.Empty"]);
        }

        if (pending.Unconfirmed.Count > 0 && !acknowledgeUnconfirmed)
        {
            return OperationResult<PublishedListNumber>.Failed(OperationFailure.NeedsConfirmation, text["Register.Publish.UnconfirmedNotAcknowledged", pending.Unconfirmed.Count]);
        }

        var entriesJson = RegisterJson.WriteEntries(entries);
        var catalogueJson = RegisterJson.WriteCatalogue(catalogue);
        var number = (pending.LatestNumber ?? 0) + 1;
        db.PublishedRegisterLists.Add(new PublishedRegisterList
        {
            Number = number,
            PublishedAt = clock.GetUtcNow(),
            PublishedById = currentUser.Id ?? CurrentUser.SystemName,
            PublishedByName = currentUser.DisplayName,
            EntriesJson = entriesJson,
            CatalogueJson = catalogueJson,
            ContentHash = RegisterJson.Hash(entriesJson, catalogueJson),
            MajorChange = pending.MajorChange,
            ChangeSummary = Summarise(pending.Changes),
            UnconfirmedAcknowledged = string.Join("\n", pending.Unconfirmed.Select(f => $"{f.EntryName} · {f.Field}")),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult<PublishedListNumber>.Failed(message);
        }
        catch (DbUpdateException)
        {
            // A colleague took the same number a moment earlier (unique index).
            return OperationResult<PublishedListNumber>.Failed(OperationFailure.Conflict, text["Register.Publish.Conflict", number]);
        }

        return OperationResult.Done(new PublishedListNumber(number, pending.MajorChange));
    }

    /// <summary>The changes against the latest snapshot, with the current entries and catalogue (read once, used by publishing too).</summary>
    private static async Task<(PendingListChanges Pending, IReadOnlyList<RegisterEntryData> Entries, IReadOnlyList<CatalogueItemSnapshot> Catalogue)> PendingAsync(
        ComplianceDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.PublishedRegisterLists.AsNoTracking().OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);
        var (entries, catalogue, lookup) = await CurrentAsync(db, cancellationToken);
        var published = latest is null ? [] : RegisterJson.ReadEntries(latest.EntriesJson);
        var changes = RegisterListChanges.Compare(published, entries);
        var unused = MiitLists.UnusedItems(entries, lookup.Items.OrderBy(i => i.Category).ThenBy(i => i.Code, StringComparer.Ordinal)).Select(CatalogueItemSnapshot.From).ToList();
        return (new PendingListChanges(
            latest?.Number, changes, latest is not null && MiitLists.IsMajorChange(published, entries, lookup.Find), MiitLists.Unconfirmed(entries), unused), entries, catalogue);
    }

    private static async Task<(IReadOnlyList<RegisterEntryData> Entries, IReadOnlyList<CatalogueItemSnapshot> Catalogue, CatalogueLookup Lookup)> CurrentAsync(
        ComplianceDbContext db, CancellationToken cancellationToken)
    {
        var json = await db.RegisterEntries.AsNoTracking().Where(e => e.Status == EntryStatus.Active)
            .OrderBy(e => e.Kind).ThenBy(e => e.Name).Select(e => e.DataJson).ToListAsync(cancellationToken);
        var entries = json.Select(RegisterJson.Read).ToList();
        var used = entries.SelectMany(e => e.InformationItems).ToHashSet(StringComparer.Ordinal);
        var lookup = await CatalogueLookup.LoadAsync(db, cancellationToken);
        var catalogue = lookup.Items.Where(i => used.Contains(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal).Select(CatalogueItemSnapshot.From).ToList();
        return (entries, catalogue, lookup);
    }

    private static RegisterListSnapshot ToSnapshot(PublishedRegisterList record) => new(
        record.Number, record.PublishedAt, record.PublishedByName, record.ContentHash, record.MajorChange,
        RegisterJson.ReadEntries(record.EntriesJson), RegisterJson.ReadCatalogue(record.CatalogueJson));

    private static string Summarise(IReadOnlyList<ListChange> changes) => string.Create(CultureInfo.InvariantCulture,
        $"+{changes.Count(c => c.Kind == ListChangeKind.Added)} −{changes.Count(c => c.Kind == ListChangeKind.Removed)} ~{changes.Count(c => c.Kind == ListChangeKind.Changed)}");
}
