using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>
/// Which register entry a recipient's name denotes, for the features that name recipients (deletion follow-ups): the
/// active entry of that name first, else a suspended or retired one (a partner that stopped still has to delete).
/// </summary>
public static class RegisterEntryLookup
{
    public static async Task<Guid?> IdByNameAsync(ComplianceDbContext db, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return await db.RegisterEntries.AsNoTracking().Where(e => e.Name == trimmed)
            .OrderBy(e => e.Status == EntryStatus.Active ? 0 : 1).ThenBy(e => e.Id)
            .Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The entities to ask to delete after a deletion, consent withdrawal or cancellation (policy 五.2): active register
    /// entries that are recipients (not the app's own functions or device permissions, not 云鼎 which Liqun runs) and
    /// receive personal information (not the promotion clients' anonymous statistics). Ordered by name.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> RecipientsAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var catalogue = await CatalogueLookup.LoadAsync(db, cancellationToken);
        var active = await db.RegisterEntries.AsNoTracking().Where(e => e.Status == EntryStatus.Active)
            .Select(e => new { e.Id, e.Kind, e.DataJson }).ToListAsync(cancellationToken);
        return active.Where(e => EntryKinds.IsRecipient(e.Kind))
            .Select(e => (e.Id, Data: RegisterJson.Read(e.DataJson)))
            .Where(e => e.Data.InformationItems.Any(code => catalogue.Find(code) is { IsPersonalInformation: true }))
            .Select(e => (e.Id, e.Data.Name))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }
}
