using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Reports;

public sealed record RequestDashboard(
    IReadOnlyList<(DateOnly WeekStart, int Received, int Closed)> Weekly, double? OnTimeRate, double? MedianDays, double? P90Days,
    IReadOnlyDictionary<RequestStatus, int> OpenByStatus, IReadOnlyDictionary<RequestType, int> OpenByType,
    IReadOnlyList<(Guid Id, string Reference, DateOnly Due, string? Assignee)> Overdue, int OverdueCount);

public sealed record IncidentDashboard(IReadOnlyDictionary<IncidentGrade, int> ByGrade, IReadOnlyDictionary<IncidentStatus, int> ByStatus, IReadOnlyList<IncidentRow> ReportsDue);

public sealed record RegisterDashboard(int ReviewsDue, int PendingListChanges, bool MajorChangePending);

public sealed record PolicyDashboard(int Drafts, int InReview, int Approved, DateOnly? NextEffective)
{
    /// <summary>Revisions not yet in force: drafts, in review and approved.</summary>
    public int InFlight => Drafts + InReview + Approved;
}

/// <summary>Each section only when the user's policies cover it; null otherwise.</summary>
public sealed record Dashboard(RequestDashboard? Requests, IncidentDashboard? Incidents, RegisterDashboard? Register, PolicyDashboard? Policies);

/// <summary>The dashboard's figures, all from the database: weekly counts over the last 12 weeks, closing statistics over the last <see cref="RequestStatistics.DashboardWindowWeeks"/> weeks.</summary>
public sealed class DashboardService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    TimeProvider clock,
    IncidentService incidents,
    Register.RegisterService register,
    Register.PublishedListService lists)
{
    /// <summary>Weeks in the received/closed chart.</summary>
    public const int Weeks = 12;

    public async Task<Dashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.Staff);
        var (requests, incidentsAllowed, registerAllowed, policiesAllowed) = (
            await guard.AllowsAsync(AccessPolicies.ViewRequests) || await guard.AllowsAsync(AccessPolicies.ViewReports),
            await guard.AllowsAsync(AccessPolicies.ViewIncidents),
            await guard.AllowsAsync(AccessPolicies.ViewRegister),
            await guard.AllowsAsync(AccessPolicies.ViewPolicyRevisions));

        // The register's pending-changes diff is CPU work and the request figures wait on the database: run side by side
        // (each section opens its own DbContext), 190 → about 140 ms at a million requests (docs/benchmarks.md).
        var registerTask = registerAllowed ? Task.Run(() => RegisterAsync(cancellationToken), cancellationToken) : Task.FromResult<RegisterDashboard?>(null);
        var requestSection = requests ? await RequestsAsync(cancellationToken) : null;
        var incidentSection = incidentsAllowed ? await IncidentsAsync(cancellationToken) : null;
        var policySection = policiesAllowed ? await PoliciesAsync(cancellationToken) : null;
        return new Dashboard(requestSection, incidentSection, await registerTask, policySection);
    }

    /// <summary>Index-range counts, a narrow read and the trigger-kept tallies (running the parts in parallel was measured: 2 % faster, not worth it).</summary>
    private async Task<RequestDashboard> RequestsAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var weekly = await WeeklyAsync(today, cancellationToken);
        var (onTime, median, p90) = await ClosingAsync(today, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tallies = await Requests.OpenRequestTallies.LoadAsync(db, cancellationToken);
        var (byStatus, byType) = (tallies.ByStatus(), tallies.ByType());
        var (list, count) = await OverdueAsync(today, cancellationToken);
        return new RequestDashboard(weekly, onTime, median, p90, byStatus, byType, list, count);
    }

    private async Task<IReadOnlyList<(DateOnly WeekStart, int Received, int Closed)>> WeeklyAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var start = monday.AddDays(-7 * (Weeks - 1));
        var weekly = new List<(DateOnly, int, int)>();
        for (var i = 0; i < Weeks; i++)
        {
            var week = start.AddDays(7 * i);
            var a = ChinaTime.StartOfDay(week);
            var b = ChinaTime.StartOfDay(week.AddDays(7));
            weekly.Add((week,
                await db.PrivacyRequests.CountAsync(r => r.ReceivedAt >= a && r.ReceivedAt < b, cancellationToken),
                await db.PrivacyRequests.CountAsync(r => r.ClosedAt >= a && r.ClosedAt < b, cancellationToken)));
        }

        return weekly;
    }

    private async Task<(double? OnTime, double? Median, double? P90)> ClosingAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = ChinaTime.StartOfDay(today.AddDays(-7 * RequestStatistics.DashboardWindowWeeks));
        var closed = (await Requests.RequestQueryService.Closed(db.PrivacyRequests.AsNoTracking())
                .Where(r => r.ClosedAt >= since)
                .Select(r => new { r.ReceivedAt, r.ClosedAt, r.DueDate }).ToListAsync(cancellationToken))
            .Select(r => new RequestFact(RequestType.Inquiry, RequestStatus.Completed, r.ReceivedAt, r.ClosedAt, r.DueDate)).ToList();
        var closing = RequestStatistics.Closing(closed);
        return (closing.OnTimeRate, closing.Median, closing.P90);
    }

    private async Task<(IReadOnlyList<(Guid Id, string Reference, DateOnly Due, string? Assignee)> List, int Count)> OverdueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var overdue = Requests.RequestQueryService.Overdue(Requests.RequestQueryService.Open(db.PrivacyRequests.AsNoTracking()), today);
        var count = await overdue.CountAsync(cancellationToken);
        // Ordered by the indexed sort key (equal to the due date for every overdue request): ordering by DueDate sorted 120,000 rows (235 ms).
        var list = await Requests.RequestQueryService.ByDueDate(overdue).Take(10).Select(r => new { r.Id, r.Reference, r.DueDate, r.AssigneeName }).ToListAsync(cancellationToken);
        return (list.Select(o => (o.Id, o.Reference, o.DueDate!.Value, o.AssigneeName)).ToList(), count);
    }

    private async Task<IncidentDashboard> IncidentsAsync(CancellationToken cancellationToken)
    {
        var counts = await incidents.CountsAsync(cancellationToken);
        return new IncidentDashboard(
            counts.Where(c => c.Status != IncidentStatus.Closed).GroupBy(c => c.Grade).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            await incidents.ReportsDueAsync(cancellationToken));
    }

    private async Task<RegisterDashboard?> RegisterAsync(CancellationToken cancellationToken)
    {
        var pending = await lists.PendingAsync(cancellationToken);
        return new RegisterDashboard((await register.ReviewsDueAsync(cancellationToken)).Count, pending.Changes.Count, pending.MajorChange);
    }

    private async Task<PolicyDashboard> PoliciesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var states = await db.PolicyRevisions.AsNoTracking().Where(r => r.Status == RevisionStatus.Draft || r.Status == RevisionStatus.InReview || r.Status == RevisionStatus.Approved)
            .Select(r => new { r.Status, r.EffectiveDate }).ToListAsync(cancellationToken);
        return new PolicyDashboard(states.Count(s => s.Status == RevisionStatus.Draft), states.Count(s => s.Status == RevisionStatus.InReview),
            states.Count(s => s.Status == RevisionStatus.Approved), states.Where(s => s.Status == RevisionStatus.Approved).Min(s => s.EffectiveDate));
    }
}
