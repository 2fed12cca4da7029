using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Home;

/// <summary>Counts for the home page, straight from the database; each section only for the roles it concerns.</summary>
public sealed class HomeSummaryService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    Requests.RequestQueryService requests,
    Requests.Calendar.WorkdayCalendarService calendars,
    Register.RegisterService register,
    Incidents.IncidentService incidents)
{
    public async Task<HomeSummary> GetAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.Staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();

        return new HomeSummary(
            await AccountAsync(db, now, cancellationToken),
            await guard.AllowsAsync(AccessPolicies.ManageUsers) ? await AdministrationAsync(db, now, cancellationToken) : null,
            await guard.AllowsAsync(AccessPolicies.ViewAuditTrail) ? await AuditAsync(db, now, cancellationToken) : null,
            await guard.AllowsAsync(AccessPolicies.ViewRequests) ? await requests.CountersAsync(cancellationToken) : null,
            await guard.AllowsAsync(AccessPolicies.ManageSettings)
                ? new CalendarSummary(await calendars.MissingUpcomingYearsAsync(cancellationToken: cancellationToken), await requests.CalendarWarningCountAsync(cancellationToken))
                : null,
            await guard.AllowsAsync(AccessPolicies.ManageRegister) ? await register.ReviewsDueAsync(cancellationToken) : null,
            await guard.AllowsAsync(AccessPolicies.ManagePolicyRevisions) ? await PoliciesAsync(db, cancellationToken) : null,
            await guard.AllowsAsync(AccessPolicies.ManageIncidents) ? await incidents.ReportsDueAsync(cancellationToken) : null);
    }

    private async Task<PolicySummary> PoliciesAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        var me = currentUser.Id;
        return new PolicySummary(
            await db.PolicyRevisions.CountAsync(Domain.Policies.PolicyRevision.AwaitingReviewBy(me ?? string.Empty), cancellationToken),
            await db.PolicyRevisions.CountAsync(r => r.Status == Domain.Policies.RevisionStatus.Approved, cancellationToken));
    }

    private async Task<AccountSummary> AccountAsync(ComplianceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = currentUser.Id;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.TwoFactorEnabled, u.PreviousSignInAt }).FirstOrDefaultAsync(cancellationToken);
        var weekAgo = now.AddDays(-7);
        var failed = await db.AuditRecords.AsNoTracking()
            .CountAsync(r => r.UserId == id && r.Action == AuditAction.SignInFailed && r.OccurredAt >= weekAgo, cancellationToken);
        return new AccountSummary(me?.TwoFactorEnabled ?? false, me?.PreviousSignInAt, failed);
    }

    private static async Task<AdministrationSummary> AdministrationAsync(ComplianceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Select(u => new { u.LockoutEnd, u.TwoFactorEnabled }).ToListAsync(cancellationToken);
        return new AdministrationSummary(
            users.Count,
            users.Count(u => u.LockoutEnd is { } end && end > now),
            users.Count(u => !u.TwoFactorEnabled));
    }

    private static async Task<AuditSummary> AuditAsync(ComplianceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dayAgo = now.AddDays(-1);
        var records = db.AuditRecords.AsNoTracking();
        var lastDay = await records.CountAsync(r => r.OccurredAt >= dayAgo, cancellationToken);
        var failed = await records.CountAsync(r => r.OccurredAt >= dayAgo && r.Action == AuditAction.SignInFailed, cancellationToken);
        var lastCheck = await records.Where(r => r.Action == AuditAction.ChainVerified)
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.OccurredAt, r.Changes })
            .FirstOrDefaultAsync(cancellationToken);

        bool? intact = lastCheck is null
            ? null
            : Data.Interceptors.AuditChangeJson.Deserialize(lastCheck.Changes).Any(c => c.Field == "intact" && c.After == "true");
        return new AuditSummary(lastDay, failed, lastCheck?.OccurredAt, intact);
    }
}
