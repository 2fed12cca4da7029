using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>The catalogue loaded once per operation, for the domain rules' lookups by code.</summary>
public sealed class CatalogueLookup(IReadOnlyDictionary<string, PersonalInformationItem> items)
{
    public IEnumerable<PersonalInformationItem> Items => items.Values;

    public PersonalInformationItem? Find(string code) => items.GetValueOrDefault(code);

    public static async Task<CatalogueLookup> LoadAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.InformationItems.AsNoTracking().ToListAsync(cancellationToken);
        return new CatalogueLookup(all.ToDictionary(i => i.Code, StringComparer.Ordinal));
    }
}
