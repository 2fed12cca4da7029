using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>The incident log: every call checks the policy; every change is saved against the version the officer saw.</summary>
public sealed class IncidentService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    ReferenceAllocator references,
    Requests.Calendar.WorkdayCalendarService calendars,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<IncidentRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        return [.. (await LoadLogAsync(cancellationToken)).Select(i => i.Row)];
    }

    /// <summary>Every incident (or those <paramref name="source"/> selects) with its reports, newest first, and its log row: one query (the log, the regulator pack).</summary>
    internal async Task<IReadOnlyList<(IncidentRow Row, Incident Incident)>> LoadLogAsync(
        CancellationToken cancellationToken, Func<ComplianceDbContext, IQueryable<Incident>>? source = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await IncidentSettingsService.ReadAsync(db, cancellationToken);
        var query = (source?.Invoke(db) ?? db.Incidents).AsNoTracking().Include(i => i.Reports).AsQueryable();

        var incidents = await query.OrderByDescending(i => i.DiscoveredAt).ToListAsync(cancellationToken);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        return [.. incidents.Select(i => (ToRow(i, settings.Thresholds, calendar), i))];
    }

    /// <summary>
    /// Incidents with a report to the regulator due: the initial report not yet sent, or the summary report owed after
    /// handling ended; soonest first (the officers' home page, the dashboard).
    /// </summary>
    public async Task<IReadOnlyList<IncidentRow>> ReportsDueAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        // Only incidents that can owe a report are read (reportable grade, a report unsent; closing does not discharge the
        // summary report): at 5,000 incidents the dashboard read every open one (docs/benchmarks.md).
        return (await LoadLogAsync(cancellationToken, source: db => db.Incidents.Where(GradingAssistant.ReportMayBeDue())))
            .Select(i => i.Row)
            .Where(r => r.NextReport is not null).OrderBy(r => r.NextReport!.DueAt).ToList();
    }

    /// <summary>How many incidents are in each status and (effective) grade, counted in the database.</summary>
    public async Task<IReadOnlyList<(IncidentStatus Status, IncidentGrade Grade, int Count)>> CountsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = await db.Incidents.AsNoTracking().GroupBy(i => new { i.Status, i.Grade, i.ProposedGrade })
            .Select(g => new { g.Key.Status, g.Key.Grade, g.Key.ProposedGrade, Count = g.Count() }).ToListAsync(cancellationToken);
        // Grouped in the database by the stored columns, then by the effective grade (a confirmed 较大 and a proposed 较大 are one line).
        return [.. groups.GroupBy(g => (g.Status, Grade: g.Grade ?? g.ProposedGrade)).Select(g => (g.Key.Status, g.Key.Grade, g.Sum(x => x.Count)))];
    }

    public async Task<IncidentDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var incident = await LoadAsync(db, id, tracking: false, cancellationToken);
        if (incident is null)
        {
            return null;
        }

        var settings = await IncidentSettingsService.ReadAsync(db, cancellationToken);
        var ids = incident.RegisterEntryIds.ToList();
        var entries = await db.RegisterEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
        var summaryDue = SummaryReportClock.Due(incident, settings.Thresholds, await calendars.CurrentAsync(cancellationToken));
        return new IncidentDetail(incident, settings, GradingAssistant.Propose(incident.Facts, settings.Thresholds), entries.Select(e => (e.Id, e.Name)).ToList(), summaryDue);
    }

    /// <summary>Incidents that involve a register entry (its page lists them).</summary>
    public async Task<IReadOnlyList<IncidentRow>> InvolvingAsync(Guid registerEntryId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        // The ids are stored comma-separated: a LIKE narrows the read in the database, the list check makes it exact.
        var pattern = $"%{registerEntryId}%";
        var candidates = await LoadLogAsync(cancellationToken, source: db => db.Incidents.FromSql($"SELECT * FROM \"Incidents\" WHERE \"RegisterEntryIds\" LIKE {pattern}"));
        return [.. candidates.Where(i => i.Incident.RegisterEntryIds.Contains(registerEntryId)).Select(i => i.Row)];
    }

    public Task<OperationResult<Guid>> LogAsync(string? title, IncidentCategory category, DateTimeOffset discoveredAt, DateTimeOffset? occurredAt, CancellationToken cancellationToken = default) =>
        LogAsync(title, category, discoveredAt, occurredAt, submissionId: null, cancellationToken);

    /// <param name="submissionId">One per form shown: logging the same form twice (a double click) records one incident.</param>
    public async Task<OperationResult<Guid>> LogAsync(string? title, IncidentCategory category, DateTimeOffset discoveredAt, DateTimeOffset? occurredAt, Guid? submissionId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageIncidents);
        var now = clock.GetUtcNow();
        return await OncePerSubmission.CreateAsync(dbFactory, "incident-form", submissionId, now, async db =>
        {
            try
            {
                var incident = Incident.Log(await NextReferenceAsync(db, now, cancellationToken), title, category, discoveredAt, occurredAt, currentUser.ToActor(), now);
                db.Incidents.Add(incident);
                return OperationResult.Done(incident.Id);
            }
            catch (IncidentRuleException refused)
            {
                return OperationResult<Guid>.Failed(IncidentRuleMessages.Message(text, refused));
            }
        }, text, cancellationToken);
    }

    /// <summary>Records the facts; sensitive information counts as involved when the officer says so or any item chosen is sensitive in the catalogue.</summary>
    public async Task<OperationResult<Guid>> UpdateFactsAsync(Guid id, Guid seen, IncidentFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        await guard.DemandAsync(AccessPolicies.ManageIncidents);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var catalogue = await Register.CatalogueLookup.LoadAsync(db, cancellationToken);
            facts = facts with { SensitiveInvolved = facts.SensitiveInvolved || facts.InformationItems.Any(code => catalogue.Find(code) is { IsSensitive: true }) };
        }

        return await ChangeAsync(id, seen, (incident, settings, actor, now) => incident.UpdateFacts(facts, settings.Thresholds, actor, now), cancellationToken);
    }

    public Task<OperationResult<Guid>> ConfirmGradeAsync(Guid id, Guid seen, IncidentGrade grade, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (incident, _, actor, now) => incident.ConfirmGrade(grade, reason, actor, now), cancellationToken);

    public Task<OperationResult<Guid>> MoveToAsync(Guid id, Guid seen, IncidentStatus next, DateTimeOffset? at, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (incident, _, actor, now) => incident.MoveTo(next, at, actor, now), cancellationToken);

    /// <summary>Starts a report as a draft, pre-filled from the incident (<see cref="IncidentReportPrefill"/>) and addressed as the settings' route says.</summary>
    public Task<OperationResult<Guid>> StartReportAsync(Guid id, Guid seen, RegulatorReportKind kind, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (incident, settings, actor, now) =>
        {
            var fields = IncidentReportPrefill.For(incident, kind, settings, GradingAssistant.Propose(incident.Facts, settings.Thresholds), actor.Name, text);
            incident.StartReport(kind, fields, IncidentRecipients.For(text, settings), actor, now);
        }, cancellationToken);

    public Task<OperationResult<Guid>> SaveReportAsync(Guid id, Guid seen, Guid reportId, IReadOnlyDictionary<ReportField, string> fields, string? recipient, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (incident, _, actor, now) => incident.EditReport(reportId, fields, recipient, actor, now), cancellationToken);

    public Task<OperationResult<Guid>> DiscardReportAsync(Guid id, Guid seen, Guid reportId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (incident, _, actor, now) => incident.DiscardReport(reportId, actor, now), cancellationToken);

    /// <summary>Saves the fields and marks the report sent in one step; refused, naming the blank fields, while any is blank.</summary>
    public Task<OperationResult<Guid>> MarkReportSentAsync(Guid id, Guid seen, Guid reportId, IReadOnlyDictionary<ReportField, string> fields, string? recipient, DateTimeOffset sentAt, string? reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return ChangeAsync(id, seen, (incident, _, actor, now) =>
        {
            incident.EditReport(reportId, fields, recipient, actor, now);
            var kind = incident.Reports.First(r => r.Id == reportId).Kind;
            if (RegulatorReportForm.Missing(kind, fields) is { Count: > 0 } missing)
            {
                // The domain refuses with a count; the officer needs the fields by name (one load, one transaction: nothing is saved).
                throw new IncidentRuleException(IncidentRule.ReportFieldsMissing, string.Join(text["Common.ListSeparator"], missing.Select(f => text[$"Incidents.ReportField.{f}"].Value)));
            }

            incident.MarkReportSent(reportId, recipient, sentAt, reference, actor, now);
        }, cancellationToken);
    }

    public Task<OperationResult<Guid>> DecideNotToNotifyAsync(Guid id, Guid seen, string? justification, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (incident, _, actor, now) => incident.DecideNotToNotify(justification, actor, now), cancellationToken);

    public Task<OperationResult<Guid>> AddNoteAsync(Guid id, Guid seen, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (incident, _, actor, now) => incident.AddNote(note, actor, now), cancellationToken);

    internal async Task<OperationResult<Guid>> ChangeAsync(Guid id, Guid seen, Action<Incident, IncidentSettings, Actor, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(AccessPolicies.ManageIncidents);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var incident = await LoadAsync(db, id, tracking: true, cancellationToken);
        if (incident is null)
        {
            return OperationResult<Guid>.Failed(text["Incidents.Error.NotFound"]);
        }

        if (incident.Version != seen)
        {
            var last = incident.Events.OrderByDescending(e => e.Ordinal).First();
            return OperationResult<Guid>.Failed(text["Incidents.Error.Conflict", last.ActorName, ChinaTime.ToShanghai(last.At).ToString("HH:mm", CultureInfo.InvariantCulture)]);
        }

        try
        {
            change(incident, await IncidentSettingsService.ReadAsync(db, cancellationToken), currentUser.ToActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return OperationResult.Done(incident.Id);
        }
        catch (IncidentRuleException refused)
        {
            return OperationResult<Guid>.Failed(IncidentRuleMessages.Message(text, refused));
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<Guid>.Failed(text["Incidents.Error.Conflict", string.Empty, string.Empty]);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult<Guid>.Failed(message);
        }
    }

    internal static Task<Incident?> LoadAsync(ComplianceDbContext db, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Incidents.Include(i => i.Events).Include(i => i.Reports).Include(i => i.Notices).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    /// <summary>INC-2026-0007: the year (Shanghai) and a running number, taken in the save's transaction (<see cref="ReferenceAllocator"/>).</summary>
    private async Task<string> NextReferenceAsync(ComplianceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var series = $"INC-{ChinaTime.ToShanghai(now).Year}";
        var prefix = series + "-";
        var next = await references.TakeAsync(db, series, async ct =>
        {
            var last = await db.Incidents.Where(i => i.Reference.StartsWith(prefix)).OrderByDescending(i => i.Reference).Select(i => i.Reference).FirstOrDefaultAsync(ct);
            return last is null ? 0 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture);
        }, cancellationToken);
        return $"{prefix}{next:0000}";
    }

    private static IncidentRow ToRow(Incident i, GradingThresholds thresholds, Domain.Calendar.WorkdayCalendar calendar) => new(
        i.Id, i.Reference, i.Title, i.Category, i.Status, i.EffectiveGrade, i.Grade is not null, i.DiscoveredAt, i.PeopleAffectedMax,
        i.ReportDueAt(thresholds), i.InitialReportSent, SummaryReportClock.Due(i, thresholds, calendar)?.EndsAt);
}
