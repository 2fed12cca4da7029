using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// The catalogue as the privacy policy defines it (always, on an empty catalogue), and in demo mode the register of
/// the seed policy's functions, SDK/permission uses and partners, with a first published list and one later addition pending,
/// so that "what changed" and the major-change prompt have something to show.
/// </summary>
internal static class RegisterSeeder
{
    private const string DemoOffice = "数据保护办公室（演示数据）";

    /// <summary>The entry added after the first publication: a new recipient of precise location (a major change).</summary>
    public const string PendingEntryName = "腾讯地图定位 SDK（IMSI）";

    public static async Task SeedCatalogueAsync(ComplianceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.InformationItems.AnyAsync(cancellationToken))
        {
            return;
        }

        db.InformationItems.AddRange(SeedCatalogue.Items.Select(i => PersonalInformationItem.Create(i.Code, i.Category, i.NameZh, i.NameEn, i.IsSensitive)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task SeedDemoRegisterAsync(ComplianceDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.RegisterEntries.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var first = SeedRegister.Entries.Where(e => e.Name != PendingEntryName).Select((e, i) => WithDates(e, i, today)).ToList();
        foreach (var entry in first)
        {
            var record = new RegisterEntryRecord();
            record.Record(entry, RegisterChangeKind.Created, now.AddDays(-40), "system", DemoOffice, today);
            db.RegisterEntries.Add(record);
        }

        var entriesJson = RegisterJson.WriteEntries(first);
        var used = first.SelectMany(e => e.InformationItems).ToHashSet(StringComparer.Ordinal);
        var catalogueJson = RegisterJson.WriteCatalogue(SeedCatalogue.Items.Where(i => used.Contains(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal).Select(CatalogueItemSnapshot.From));
        db.PublishedRegisterLists.Add(new PublishedRegisterList
        {
            Number = 1,
            PublishedAt = now.AddDays(-30),
            PublishedById = "system",
            PublishedByName = DemoOffice,
            EntriesJson = entriesJson,
            CatalogueJson = catalogueJson,
            ContentHash = RegisterJson.Hash(entriesJson, catalogueJson),
            ChangeSummary = $"+{first.Count} −0 ~0",
        });

        var pending = new RegisterEntryRecord();
        pending.Record(WithDates(SeedRegister.Entries.Single(e => e.Name == PendingEntryName), first.Count, today), RegisterChangeKind.Created, now.AddDays(-3), "system", DemoOffice, today);
        db.RegisterEntries.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The office's own plan: review dates spread so that a few are overdue or due within 30 days, and an owner. The
    /// contract date and retention are facts the seed does not give: left empty, shown as 待确认.
    /// </summary>
    private static RegisterEntryData WithDates(RegisterEntryData entry, int index, DateOnly today) => entry with
    {
        NextReviewOn = today.AddDays(index % 6 == 0 ? -5 + index : 40 + (index * 9)),
        Owner = entry.Kind is EntryKind.Sdk or EntryKind.DevicePermission ? "App 研发部" : "电商运营部",
    };
}
