using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>A catalogue item with how many register entries use it (an item in use cannot be deleted).</summary>
public sealed record CatalogueRow(string Code, InformationCategory Category, string NameZh, string NameEn, bool Sensitive, bool Retired, int UsedBy, Guid Version)
{
    /// <summary>The name in the user's language.</summary>
    public string Name => UiCulture.Pick(NameZh, NameEn);
}

/// <summary>What an officer enters for a catalogue item.</summary>
public sealed record CatalogueItemInput(string Code, InformationCategory Category, string NameZh, string NameEn, bool Sensitive);

/// <summary>The personal-information catalogue: privacy officers maintain it; items in use are retired, never deleted.</summary>
public sealed class CatalogueService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<CatalogueRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = await db.InformationItems.AsNoTracking().ToListAsync(cancellationToken);
        var usage = await UsageAsync(db, cancellationToken);
        return items.OrderBy(i => i.Category).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new CatalogueRow(i.Code, i.Category, i.NameZh, i.NameEn, i.IsSensitive, i.IsRetired, usage.GetValueOrDefault(i.Code), i.Version))
            .ToList();
    }

    public async Task<OperationResult> CreateAsync(CatalogueItemInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await guard.DemandAsync(AccessPolicies.ManageRegister);
        PersonalInformationItem item;
        try
        {
            item = PersonalInformationItem.Create(input.Code, input.Category, input.NameZh, input.NameEn, input.Sensitive);
        }
        catch (RegisterRuleException refused)
        {
            return OperationResult.Failed(RegisterRuleMessages.Message(text, refused.Rule));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.InformationItems.AnyAsync(i => i.Code == item.Code, cancellationToken))
        {
            return OperationResult.Failed(text["Register.Catalogue.DuplicateCode", item.Code]);
        }

        db.InformationItems.Add(item);
        return await SaveAsync(db, cancellationToken);
    }

    public Task<OperationResult> UpdateAsync(string code, Guid seenVersion, CatalogueItemInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(code, seenVersion, item =>
        {
            item.Rename(input.NameZh, input.NameEn);
            if (item.IsSensitive != input.Sensitive)
            {
                item.MarkSensitive(input.Sensitive);
            }
        }, cancellationToken);
    }

    public Task<OperationResult> SetRetiredAsync(string code, Guid seenVersion, bool retired, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, seenVersion, item =>
        {
            if (retired)
            {
                item.Retire();
            }
            else
            {
                item.Reinstate();
            }
        }, cancellationToken);

    /// <summary>Deletes an item no entry has ever used; one that is or was used can only be retired.</summary>
    public async Task<OperationResult> DeleteAsync(string code, Guid seenVersion, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.InformationItems.FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return OperationResult.Failed(text["Register.Error.NotFound"]);
        }

        if (item.Version != seenVersion)
        {
            return OperationResult.Failed(text["Register.Catalogue.Conflict"]);
        }

        if (await EverUsedAsync(db, code, cancellationToken))
        {
            return OperationResult.Failed(text["Register.Catalogue.InUse", item.NameZh]);
        }

        db.InformationItems.Remove(item);
        return await SaveAsync(db, cancellationToken);
    }

    private async Task<OperationResult> ChangeAsync(string code, Guid seenVersion, Action<PersonalInformationItem> change, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(AccessPolicies.ManageRegister);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.InformationItems.FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return OperationResult.Failed(text["Register.Error.NotFound"]);
        }

        if (item.Version != seenVersion)
        {
            return OperationResult.Failed(text["Register.Catalogue.Conflict"]);
        }

        try
        {
            change(item);
        }
        catch (RegisterRuleException refused)
        {
            return OperationResult.Failed(RegisterRuleMessages.Message(text, refused.Rule));
        }

        return await SaveAsync(db, cancellationToken);
    }

    private async Task<OperationResult> SaveAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return OperationResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Failed(text["Register.Catalogue.Conflict"]);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult.Failed(message);
        }
    }

    /// <summary>Current entries using each code. Codes are matched in the stored JSON, which quotes each one.</summary>
    private static async Task<Dictionary<string, int>> UsageAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        var entries = await db.RegisterEntries.AsNoTracking().Select(e => e.DataJson).ToListAsync(cancellationToken);
        return entries.SelectMany(json => RegisterJson.Read(json).InformationItems)
            .GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>Used by any entry, in any version, or by a published list: then deleting it would break history.</summary>
    private static async Task<bool> EverUsedAsync(ComplianceDbContext db, string code, CancellationToken cancellationToken)
    {
        var quoted = $"\"{code}\"";
        return await db.RegisterEntryVersions.AnyAsync(v => v.DataJson.Contains(quoted), cancellationToken)
            || await db.PublishedRegisterLists.AnyAsync(p => p.CatalogueJson.Contains(quoted), cancellationToken);
    }
}
