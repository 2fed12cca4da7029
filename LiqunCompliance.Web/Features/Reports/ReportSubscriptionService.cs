using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>Management (and anyone who may read reports) subscribes themselves to the monthly report.</summary>
public sealed class ReportSubscriptionService(IDbContextFactory<ComplianceDbContext> dbFactory, PolicyGuard guard, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<ReportSubscription?> MineAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewReports);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = currentUser.Id;
        return await db.ReportSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == me, cancellationToken);
    }

    /// <summary>Subscribes (in <paramref name="culture"/>) or unsubscribes the current user; the address is the account's e-mail.</summary>
    public async Task SetAsync(bool subscribed, string culture, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewReports);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = currentUser.Id ?? throw new UnauthorizedAccessException();
        var existing = await db.ReportSubscriptions.FirstOrDefaultAsync(s => s.UserId == me, cancellationToken);
        if (!subscribed)
        {
            if (existing is not null)
            {
                db.ReportSubscriptions.Remove(existing);
            }
        }
        else
        {
            var email = await db.Users.Where(u => u.Id == me).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            existing ??= db.ReportSubscriptions.Add(new ReportSubscription { UserId = me, CreatedAt = clock.GetUtcNow() }).Entity;
            existing.Email = email;
            existing.DisplayName = currentUser.DisplayName;
            existing.Culture = LocalizationExtensions.SupportedCultures.Contains(culture) ? culture : LocalizationExtensions.DefaultCulture;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReportRun>> RunsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewReports);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportRuns.AsNoTracking().OrderByDescending(r => r.Month).Take(24).ToListAsync(cancellationToken);
    }
}
