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
}
