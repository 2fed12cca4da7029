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

/// <summary>Builds a month's figures and lists from the database (projections only; personal data stays masked).</summary>
public sealed class MonthlyReportService(IDbContextFactory<ComplianceDbContext> dbFactory, PolicyGuard guard, TimeProvider clock, Audit.AuditHeadPublisher auditHeads, Requests.Calendar.WorkdayCalendarService calendars)
{
    /// <summary>The PDF lists at most this many overdue requests (oldest due first); the count is always complete.</summary>
    public const int MaxListed = 200;

    /// <summary>Overdue when the month ended (<see cref="RequestStatistics.OverdueAt"/>: due on or before its last day, still open at its end).</summary>
    private static IQueryable<PrivacyRequest> OverdueAtEnd(ComplianceDbContext db, ReportMonth month) =>
        db.PrivacyRequests.AsNoTracking().Where(RequestStatistics.OverdueAt(month.End));

    public async Task<MonthlyReport> BuildAsync(ReportMonth month, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewReports);
        return await BuildUncheckedAsync(month, cancellationToken);
    }

    /// <summary>For the scheduled run, which has no user; callers check their own right to it.</summary>
    internal async Task<MonthlyReport> BuildUncheckedAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = month.Previous.Start;
        var to = month.End;

        // Requests received or closed in the two months (both columns indexed); overdue ones are counted in SQL below.
        var rows = await db.PrivacyRequests.AsNoTracking()
            .Where(r => (r.ReceivedAt >= from && r.ReceivedAt < to) || (r.ClosedAt >= from && r.ClosedAt < to))
            .Select(r => new { r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.ReceivedAt, r.DueDate, r.ClosedAt, r.RefusalReason, r.AssigneeName })
            .ToListAsync(cancellationToken);
        var facts = rows.Select(r => new RequestFact(r.Type, r.Status, r.ReceivedAt, r.ClosedAt, r.DueDate)).ToList();
        var all = rows.Select(r =>
        {
            var fact = new RequestFact(r.Type, r.Status, r.ReceivedAt, r.ClosedAt, r.DueDate);
            var closedInMonth = RequestStatistics.ClosedIn(fact, month.Start, month.End);
            return new ReportRequestRow(r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.ReceivedAt, r.DueDate, r.ClosedAt,
                closedInMonth && r.DueDate is not null ? RequestStatistics.OnTime(fact) : null,
                closedInMonth ? Math.Round((r.ClosedAt!.Value - r.ReceivedAt).TotalDays, 1) : null, r.RefusalReason, r.AssigneeName)
            {
                ReceivedInMonth = month.Contains(r.ReceivedAt),
                ClosedInMonth = closedInMonth,
                ClosedByMonthEnd = RequestStatistics.ClosedIn(fact, DateTimeOffset.MinValue, month.End),
            };
        }).ToList();
        var inMonth = all.Where(r => month.Contains(r.ReceivedAt) || (r.ClosedAt is { } c && month.Contains(c))).OrderBy(r => r.ReceivedAt).ToList();
        var rejected = inMonth.Where(r => r.Status == RequestStatus.Rejected && r.ClosedAt is { } c && month.Contains(c)).ToList();
        var overdueNow = OverdueAtEnd(db, month);
        var overdueCount = await overdueNow.CountAsync(cancellationToken);
        var overdue = (await overdueNow.OrderBy(r => r.DueDate).Take(MaxListed)
                .Select(r => new { r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.ReceivedAt, r.DueDate, r.ClosedAt, r.RefusalReason, r.AssigneeName })
                .ToListAsync(cancellationToken))
            .Select(r => new ReportRequestRow(r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.ReceivedAt, r.DueDate, r.ClosedAt, null, null, r.RefusalReason, r.AssigneeName))
            .ToList();
        var requestsNow = RequestStatistics.For(facts, month) with { OverdueOpenAtMonthEnd = overdueCount };
        var requestsBefore = RequestStatistics.For(facts, month.Previous) with { OverdueOpenAtMonthEnd = await OverdueAtEnd(db, month.Previous).CountAsync(cancellationToken) };

        var settings = await IncidentSettingsService.ReadAsync(db, cancellationToken);
        var incidents = await db.Incidents.AsNoTracking().Include(i => i.Reports).Include(i => i.Notices).AsSplitQuery()
            .Where(i => i.DiscoveredAt >= from && i.DiscoveredAt < to).ToListAsync(cancellationToken);
        var incidentRows = incidents.Where(i => month.Contains(i.DiscoveredAt)).OrderBy(i => i.DiscoveredAt)
            .Select(i => new ReportIncidentRow(i.Reference, i.Title, i.Category, i.EffectiveGrade, i.Status, i.DiscoveredAt,
                i.Reports.Where(r => r.Kind == RegulatorReportKind.Initial && r.Status == ReportStatus.Sent).Select(r => r.SentAt).Min(), i.ReportDueAt(settings.Thresholds), i.PeopleAffectedMax, i.Notices.Count, i.Grade is not null))
            .ToList();

        // Summary reports that fell due in the month (handling ended up to a year before): sent by their due time, or late.
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var resolvedFrom = month.Start.AddYears(-1);
        var resolved = await db.Incidents.AsNoTracking().Include(i => i.Reports)
            .Where(i => i.ResolvedAt != null && i.ResolvedAt >= resolvedFrom && i.ResolvedAt < to).ToListAsync(cancellationToken);
        var summaries = resolved.Where(i => i.MustReport)
            .Select(i => (Due: SummaryReportClock.Due(i.ResolvedAt!.Value, settings.Thresholds, calendar).EndsAt,
                Sent: i.Reports.Where(r => r.Kind == RegulatorReportKind.Final && r.IsSent).Select(r => r.SentAt).Min()))
            .Where(s => month.Contains(s.Due)).ToList();
        var summaryFigures = new SummaryReportFigures(summaries.Count, summaries.Count(s => s.Sent <= s.Due), summaries.Count(s => s.Sent is null ? s.Due < month.End : s.Sent > s.Due));

        var versions = await db.RegisterEntryVersions.AsNoTracking().Where(v => v.ChangedAt >= from && v.ChangedAt < to)
            .Join(db.RegisterEntries.AsNoTracking(), v => v.EntryId, e => e.Id, (v, e) => new { e.Name, e.Provider, v.Change, v.ChangedAt, v.ChangedByName })
            .ToListAsync(cancellationToken);
        var changes = versions.Where(v => month.Contains(v.ChangedAt)).OrderBy(v => v.ChangedAt)
            .Select(v => new ReportRegisterChange(v.Name, v.Provider, v.Change.ToString(), v.ChangedAt, v.ChangedByName)).ToList();
        var lists = await db.PublishedRegisterLists.AsNoTracking().Where(p => p.PublishedAt >= month.Start && p.PublishedAt < month.End)
            .OrderBy(p => p.Number).Select(p => p.Number).ToListAsync(cancellationToken);

        var documents = await db.PolicyDocuments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.TitleZh, cancellationToken);
        var policies = (await db.PolicyRevisions.AsNoTracking()
                .Where(r => r.PublishedAt >= month.Start && r.PublishedAt < month.End)
                .Select(r => new { r.DocumentId, r.Label, r.EffectiveDate, r.PublishedAt, r.ChangeSummary }).ToListAsync(cancellationToken))
            .OrderBy(r => r.PublishedAt)
            .Select(r => new ReportPolicyRow(documents.GetValueOrDefault(r.DocumentId, "?"), r.Label, r.EffectiveDate, r.PublishedAt, r.ChangeSummary)).ToList();

        return new MonthlyReport(month, clock.GetUtcNow(), requestsNow, requestsBefore,
            RequestStatistics.Weekly(facts, month), inMonth, overdue, rejected,
            incidentRows, incidents.Count(i => month.Previous.Contains(i.DiscoveredAt)),
            changes, versions.Count(v => month.Previous.Contains(v.ChangedAt)), lists, policies)
        {
            UnfinishedAsOf = clock.GetUtcNow() < month.End ? ChinaTime.Today(clock) : null,
            SummaryReports = summaryFigures,
            AuditHead = await auditHeads.PublishAsync($"monthly-report {month}", cancellationToken),
        };
    }
}
