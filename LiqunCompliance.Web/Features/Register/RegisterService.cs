using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>
/// The register of SDKs, permissions and partners: every write checks the policy, validates with the domain rules,
/// refuses duplicates, saves against the version the officer saw and keeps the new version in the entry's history.
/// </summary>
public sealed class RegisterService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    public const int ReviewWindowDays = 30;

    public async Task<IReadOnlyList<RegisterRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var catalogue = await CatalogueLookup.LoadAsync(db, cancellationToken);
        var records = await db.RegisterEntries.AsNoTracking().OrderBy(e => e.Kind).ThenBy(e => e.Name).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        return records.Select(r => ToRow(r, RegisterJson.Read(r.DataJson), catalogue, today)).ToList();
    }

    /// <summary>Entries whose review date has passed or falls within 30 days, soonest first (the privacy officer's home page).</summary>
    public async Task<IReadOnlyList<RegisterRow>> ReviewsDueAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRegister);
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(ReviewWindowDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var catalogue = await CatalogueLookup.LoadAsync(db, cancellationToken);
        var records = await db.RegisterEntries.AsNoTracking()
            .Where(e => e.Status != EntryStatus.Retired && e.NextReviewOn != null && e.NextReviewOn <= horizon)
            .OrderBy(e => e.NextReviewOn).ToListAsync(cancellationToken);
        return records.Select(r => ToRow(r, RegisterJson.Read(r.DataJson), catalogue, today)).ToList();
    }

    /// <summary>Names of active entries, offered as recipients of a deletion follow-up.</summary>
    /// <summary>The recipients a deletion must be passed on to (see <see cref="RegisterEntryLookup.RecipientsAsync"/>).</summary>
    public async Task<IReadOnlyList<(Guid EntryId, string Name)>> RecipientsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RegisterEntryLookup.RecipientsAsync(db, cancellationToken);
    }

    public async Task<RegisterEntryDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.RegisterEntries.AsNoTracking().Include(e => e.Versions).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var data = RegisterJson.Read(record.DataJson);
        var catalogue = await CatalogueLookup.LoadAsync(db, cancellationToken);
        var versions = new List<EntryVersionView>();
        RegisterEntryData? previous = null;
        foreach (var version in record.Versions.OrderBy(v => v.Number))
        {
            var after = RegisterJson.Read(version.DataJson);
            versions.Add(new EntryVersionView(version.Number, version.Change, version.ChangedAt, version.ChangedByName, version.Note, RegisterDiff.Compare(previous, after)));
            previous = after;
        }

        versions.Reverse();
        // Linked by entry, so a renamed entry keeps its requests; follow-ups to a name typed outside the register match by name.
        var (entryId, name) = (record.Id, record.Name);
        var requests = await db.Set<FollowUpTask>().AsNoTracking()
            .Where(f => f.RegisterEntryId == entryId || (f.RegisterEntryId == null && f.Recipient == name))
            .Join(db.PrivacyRequests.AsNoTracking(), f => EF.Property<Guid>(f, "PrivacyRequestId"), r => r.Id, (f, r) => new { Task = f, Request = r })
            .OrderByDescending(x => x.Request.Reference).Take(200)
            .Select(x => new LinkedRequest(x.Request.Id, x.Request.Reference, x.Request.Status, x.Task.Status))
            .ToListAsync(cancellationToken);
        return new RegisterEntryDetail(
            record.Id, data, record.Stamp, record.CurrentVersion, record.LastReviewedOn, record.LastReviewedByName, versions,
            requests.OrderByDescending(r => r.Reference, StringComparer.Ordinal).ToList(), RegisterEntryRules.ReviewDue(data, ChinaTime.Today(clock), ReviewWindowDays))
        {
            RetiredItemsHeld = RegisterEntryRules.RetiredItemsHeld(data, catalogue.Find).Select(code => catalogue.Find(code)!).Select(i => UiCulture.Pick(i.NameZh, i.NameEn)).ToList(),
        };
    }

    public async Task<OperationResult<Guid>> CreateAsync(RegisterEntryData entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await guard.DemandAsync(AccessPolicies.ManageRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var catalogue = await CatalogueLookup.LoadAsync(db, cancellationToken);
        RegisterEntry created;
        try
        {
            created = RegisterEntry.Create(entry, catalogue.Find);
        }
        catch (RegisterEntryRejectedException refused)
        {
            return RegisterRuleMessages.Refused(text, refused.Rules, await DuplicateAsync(db, RegisterEntry.Normalise(entry), null, cancellationToken));
        }

        if (await DuplicateAsync(db, created.Data, null, cancellationToken) is [_, ..] duplicate)
        {
            return OperationResult<Guid>.Failed(duplicate);
        }

        var record = new RegisterEntryRecord();
        Apply(record, created, RegisterChangeKind.Created, null);
        db.RegisterEntries.Add(record);
        return await SaveAsync(db, record, cancellationToken);
    }

    /// <param name="seen">The stamp and version number of the entry the officer edited.</param>
    public Task<OperationResult<Guid>> UpdateAsync(Guid id, EntryEditToken seen, RegisterEntryData entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ChangeAsync(id, seen, (current, catalogue) => current.Edit(entry, catalogue.Find), RegisterChangeKind.Edited, null, cancellationToken);
    }

    /// <summary>Records that the entry was reviewed today by the current officer and sets the next review date.</summary>
    public Task<OperationResult<Guid>> MarkReviewedAsync(Guid id, EntryEditToken seen, DateOnly nextReview, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (current, _) => Done(() => current.MarkReviewed(nextReview, ChinaTime.Today(clock), currentUser.DisplayName)),
            RegisterChangeKind.Reviewed, Trim(note), cancellationToken);

    /// <summary>Suspends, retires (with a reason) or reactivates an entry; a retired entry stays readable with its history.</summary>
    public Task<OperationResult<Guid>> SetStatusAsync(Guid id, EntryEditToken seen, EntryStatus status, string? reason, CancellationToken cancellationToken = default)
    {
        var kind = status switch
        {
            EntryStatus.Active => RegisterChangeKind.Reactivated,
            EntryStatus.Suspended => RegisterChangeKind.Suspended,
            _ => RegisterChangeKind.Retired,
        };
        return ChangeAsync(id, seen, (current, _) => Done(status switch
        {
            EntryStatus.Active => current.Reactivate,
            EntryStatus.Suspended => current.Suspend,
            _ => () => current.Retire(reason),
        }), kind, Trim(reason), cancellationToken);
    }

    private static bool Done(Action change)
    {
        change();
        return true;
    }

    /// <param name="change">Asks the aggregate for the change; false when nothing changed (no version is recorded).</param>
    private async Task<OperationResult<Guid>> ChangeAsync(
        Guid id, EntryEditToken seen, Func<RegisterEntry, CatalogueLookup, bool> change, RegisterChangeKind kind, string? note, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(AccessPolicies.ManageRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.RegisterEntries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null)
        {
            return OperationResult<Guid>.Failed(OperationFailure.NotFound, text["Register.Error.NotFound"]);
        }

        if (record.Stamp != seen.Stamp)
        {
            return await ConflictAsync(db, record, seen.Version, cancellationToken);
        }

        var entry = record.ToEntry();
        var catalogue = await CatalogueLookup.LoadAsync(db, cancellationToken);
        try
        {
            if (!change(entry, catalogue))
            {
                return OperationResult.Done(record.Id);
            }
        }
        catch (RegisterEntryRejectedException refused)
        {
            return RegisterRuleMessages.Refused(text, refused.Rules, await DuplicateAsync(db, RegisterEntry.Normalise(entry.Data), record.Id, cancellationToken));
        }
        catch (RegisterRuleException refused)
        {
            return RegisterRuleMessages.Refused(text, [refused.Rule], []);
        }

        if (await DuplicateAsync(db, entry.Data, record.Id, cancellationToken) is [_, ..] duplicate)
        {
            return OperationResult<Guid>.Failed(duplicate);
        }

        Apply(record, entry, kind, note);
        return await SaveAsync(db, record, cancellationToken);
    }

    private async Task<OperationResult<Guid>> SaveAsync(ComplianceDbContext db, RegisterEntryRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return OperationResult.Done(record.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<Guid>.Failed(OperationFailure.Conflict, text["Register.Error.Conflict", string.Empty, string.Empty]);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult<Guid>.Failed(refused is Data.Interceptors.WritePathBusyException ? OperationFailure.Busy : OperationFailure.Refused, message);
        }
        catch (DbUpdateException)
        {
            // Two officers adding the same entry at once: the unique index on name and provider refuses the second.
            return OperationResult<Guid>.Failed(text["Register.Error.Duplicate", record.Name, record.Provider]);
        }
    }

    /// <summary>Says who changed the entry since the officer loaded it, and what they changed.</summary>
    private async Task<OperationResult<Guid>> ConflictAsync(ComplianceDbContext db, RegisterEntryRecord record, int seenVersion, CancellationToken cancellationToken)
    {
        var seen = await db.RegisterEntryVersions.AsNoTracking().FirstOrDefaultAsync(v => v.EntryId == record.Id && v.Number == seenVersion, cancellationToken);
        var changes = RegisterDiff.Compare(seen is null ? null : RegisterJson.Read(seen.DataJson), RegisterJson.Read(record.DataJson));
        var at = ChinaTime.ToShanghai(record.UpdatedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return OperationResult<Guid>.Failed(OperationFailure.Conflict, text["Register.Error.Conflict", record.UpdatedByName, at]) with { TheirChanges = changes };
    }

    /// <summary>Same name and provider as another entry (case and spacing aside): refused, naming both.</summary>
    private async Task<string[]> DuplicateAsync(ComplianceDbContext db, RegisterEntryData entry, Guid? self, CancellationToken cancellationToken)
    {
        var key = entry.IdentityKey;
        return await db.RegisterEntries.AnyAsync(e => e.IdentityKey == key && e.Id != self, cancellationToken)
            ? [text["Register.Error.Duplicate", entry.Name, entry.Provider]]
            : [];
    }

    private void Apply(RegisterEntryRecord record, RegisterEntry entry, RegisterChangeKind kind, string? note) =>
        record.Record(entry, kind, clock.GetUtcNow(), currentUser.Id ?? CurrentUser.SystemName, currentUser.DisplayName, note);

    internal static RegisterRow ToRow(RegisterEntryRecord record, RegisterEntryData data, CatalogueLookup catalogue, DateOnly today) => new(
        record.Id, record.Name, record.Provider, record.Kind, record.Status, data.InformationItems.Count,
        data.InformationItems.Any(code => catalogue.Find(code) is { IsSensitive: true }), data.CrossBorder, record.NextReviewOn,
        RegisterEntryRules.ReviewDue(data, today, ReviewWindowDays), record.UpdatedAt, record.UpdatedByName,
        RegisterEntryRules.RetiredItemsHeld(data, catalogue.Find).Count, data.ProviderUnconfirmed);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What an officer saw when they started editing: the concurrency stamp and the version number.</summary>
public readonly record struct EntryEditToken(Guid Stamp, int Version);
