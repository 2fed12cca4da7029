using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Search;

public enum QuickSearchKind
{
    Request,
    Incident,
    RegisterEntry,
    PolicyRevision,
}

/// <summary>One thing the quick search found: what it is, its number or name, a line about it, and where it opens.</summary>
public sealed record QuickSearchHit(QuickSearchKind Kind, string Title, string Detail, string Href);

/// <summary>
/// The app bar's quick search (Ctrl+K): a request by its reference, an incident by its number or title, a register entry
/// by its name or provider, a policy revision by its version label. Only what the user may open is searched, so no
/// hit ends at 无权访问; contact data is never searched here (the queue's caller search does that, audited).
/// </summary>
public sealed class QuickSearchService(IDbContextFactory<ComplianceDbContext> dbFactory, PolicyGuard guard, IStringLocalizer<SharedResource> text)
{
    /// <summary>Hits per kind.</summary>
    public const int PerKind = 5;

    /// <summary>Shorter entries find too much to be useful.</summary>
    public const int MinLength = 2;

    public async Task<IReadOnlyList<QuickSearchHit>> FindAsync(string? entry, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.Staff);
        var term = entry?.Trim() ?? string.Empty;
        if (term.Length < MinLength || term.Length > 100)
        {
            return [];
        }

        var upper = term.ToUpperInvariant();
        var hits = new List<QuickSearchHit>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await guard.AllowsAsync(AccessPolicies.ViewRequests))
        {
            // A reference's start walks the unique index; any other part of it is a scan of that index only.
            var requests = db.PrivacyRequests.AsNoTracking();
            requests = upper.StartsWith("LQ", StringComparison.Ordinal) ? requests.Where(r => r.Reference.StartsWith(upper)) : requests.Where(r => r.Reference.Contains(upper));
            hits.AddRange((await requests.OrderByDescending(r => r.Reference).Take(PerKind).Select(r => new { r.Id, r.Reference, r.Type, r.Status }).ToListAsync(cancellationToken))
                .Select(r => new QuickSearchHit(QuickSearchKind.Request, r.Reference, $"{text[$"Requests.Type.{r.Type}"]} · {text[$"Requests.Status.{r.Status}"]}", $"/requests/{r.Id}")));
        }

        if (await guard.AllowsAsync(AccessPolicies.ViewIncidents))
        {
            hits.AddRange((await db.Incidents.AsNoTracking().Where(i => i.Reference.Contains(upper) || i.Title.Contains(term))
                    .OrderByDescending(i => i.DiscoveredAt).Take(PerKind).Select(i => new { i.Id, i.Reference, i.Title, i.Status }).ToListAsync(cancellationToken))
                .Select(i => new QuickSearchHit(QuickSearchKind.Incident, i.Reference, $"{i.Title} · {text[$"Incidents.Status.{i.Status}"]}", $"/incidents/{i.Id}")));
        }

        if (await guard.AllowsAsync(AccessPolicies.ViewRegister))
        {
            hits.AddRange((await db.RegisterEntries.AsNoTracking().Where(e => e.Name.Contains(term) || e.Provider.Contains(term))
                    .OrderBy(e => e.Name).Take(PerKind).Select(e => new { e.Id, e.Name, e.Provider }).ToListAsync(cancellationToken))
                .Select(e => new QuickSearchHit(QuickSearchKind.RegisterEntry, e.Name, e.Provider.Length == 0 ? text["Search.Kind.RegisterEntry"] : e.Provider, $"/register/{e.Id}")));
        }

        if (await guard.AllowsAsync(AccessPolicies.ViewPolicyRevisions))
        {
            var revisions = await db.PolicyRevisions.AsNoTracking().Where(r => r.Label.Contains(term))
                .Join(db.PolicyDocuments.AsNoTracking(), r => r.DocumentId, d => d.Id, (r, d) => new { r.Id, r.Label, r.Status, d.TitleZh, d.TitleEn })
                .OrderByDescending(r => r.Label).Take(PerKind).ToListAsync(cancellationToken);
            var english = !System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
            hits.AddRange(revisions.Select(r => new QuickSearchHit(QuickSearchKind.PolicyRevision, r.Label,
                $"{(english && !string.IsNullOrEmpty(r.TitleEn) ? r.TitleEn : r.TitleZh)} · {text[$"Policies.Status.{r.Status}"]}", $"/policies/revisions/{r.Id}")));
        }

        return hits;
    }
}
