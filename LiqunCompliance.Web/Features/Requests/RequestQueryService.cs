using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Data.Configurations;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>The queue: filtered, sorted and paged in the database; contact data masked in every row.</summary>
public sealed class RequestQueryService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    WorkdayCalendarService calendars,
    PolicyGuard guard,
    CurrentUser currentUser,
    RequesterLookupHasher hasher,
    TimeProvider clock)
{
    public async Task<RequestQueuePage> QueueAsync(RequestQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        var today = ChinaTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var filtered = Filter(db.PrivacyRequests.AsNoTracking(), query, today);
        var total = await filtered.CountAsync(cancellationToken);
        var page = await Project(Sort(filtered, query)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(Math.Clamp(query.PageSize, 1, 200)))
            .ToListAsync(cancellationToken);

        var calendar = await calendars.CurrentAsync(cancellationToken);
        return new RequestQueuePage(page.Select(r => ToRow(r, today, calendar)).ToList(), total);
    }

    public async Task<RequestCounters> CountersAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        var today = ChinaTime.Today(clock);
        var soon = today.AddDays(DeadlineStandings.DueSoonDays);
        var me = currentUser.Id;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Totals by status and assignee from the trigger-kept tallies; the date-dependent counts are ranges in their own index.
        var tallies = await OpenRequestTallies.LoadAsync(db, cancellationToken);
        var open = Open(db.PrivacyRequests.AsNoTracking());
        return new RequestCounters(
            tallies.Total,
            me is null ? 0 : tallies.AssignedTo(me),
            tallies.AssignedTo(null),
            await DueBetween(open, today, soon).CountAsync(cancellationToken),
            await Overdue(open, today).CountAsync(cancellationToken),
            tallies.InStatus(RequestStatus.Received, RequestStatus.AwaitingVerification),
            await open.CountAsync(r => r.CalendarWarning != null, cancellationToken));
    }

    /// <summary>Open requests whose due date the calendar could not fully compute (for the Administrator).</summary>
    public async Task<int> CalendarWarningCountAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.Staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Open(db.PrivacyRequests.AsNoTracking()).CountAsync(r => r.CalendarWarning != null, cancellationToken);
    }

    internal static IQueryable<PrivacyRequest> Open(IQueryable<PrivacyRequest> requests) =>
        requests.Where(r => EF.Property<bool>(r, QueueColumns.IsOpen));

    /// <summary>Closed requests (the indexed generated column); other features ask here, not the column.</summary>
    internal static IQueryable<PrivacyRequest> Closed(IQueryable<PrivacyRequest> requests) =>
        requests.Where(r => !EF.Property<bool>(r, QueueColumns.IsOpen));

    /// <summary>Soonest due first (the indexed sort key: the due date, or after every date when the clock has not started), then oldest.</summary>
    internal static IOrderedQueryable<PrivacyRequest> ByDueDate(IQueryable<PrivacyRequest> requests) =>
        requests.OrderBy(r => EF.Property<string>(r, QueueColumns.DueSortKey)).ThenBy(r => r.ReceivedAt);

    /// <summary>Due before today (the "not started" key sorts after every date, so it never counts).</summary>
    internal static IQueryable<PrivacyRequest> Overdue(IQueryable<PrivacyRequest> requests, DateOnly today)
    {
        var key = Key(today);
        return requests.Where(r => string.Compare(EF.Property<string>(r, QueueColumns.DueSortKey), key) < 0);
    }

    internal static IQueryable<PrivacyRequest> DueBetween(IQueryable<PrivacyRequest> requests, DateOnly from, DateOnly to)
    {
        var (low, high) = (Key(from), Key(to));
        return requests.Where(r => string.Compare(EF.Property<string>(r, QueueColumns.DueSortKey), low) >= 0
            && string.Compare(EF.Property<string>(r, QueueColumns.DueSortKey), high) <= 0);
    }

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);


    internal IQueryable<PrivacyRequest> Filter(IQueryable<PrivacyRequest> requests, RequestQueueQuery query, DateOnly today)
    {
        var soon = today.AddDays(DeadlineStandings.DueSoonDays);
        var me = currentUser.Id;
        requests = query.View switch
        {
            QueueView.All => requests,
            QueueView.Open => Open(requests),
            QueueView.Mine => Open(requests).Where(r => r.AssigneeId == me),
            QueueView.Unassigned => Open(requests).Where(r => r.AssigneeId == null),
            QueueView.DueSoon => DueBetween(Open(requests), today, soon),
            QueueView.Overdue => Overdue(Open(requests), today),
            _ => requests,
        };

        if (query.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        if (query.Type is { } type)
        {
            requests = requests.Where(r => r.Type == type);
        }

        if (query.Channel is { } channel)
        {
            requests = requests.Where(r => r.Channel == channel);
        }

        if (!string.IsNullOrEmpty(query.AssigneeId))
        {
            requests = requests.Where(r => r.AssigneeId == query.AssigneeId);
        }

        if (query.FlaggedOnly)
        {
            requests = requests.Where(r => r.EarlierRequestsInYear > 0 || r.CalendarWarning != null);
        }

        if (query.DueFrom is { } from)
        {
            requests = requests.Where(r => r.DueDate >= from);
        }

        if (query.DueTo is { } to)
        {
            requests = requests.Where(r => r.DueDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Reference))
        {
            var reference = query.Reference.Trim().ToUpperInvariant();
            requests = requests.Where(r => r.Reference.Contains(reference));
        }

        if (query.Caller is { } caller)
        {
            requests = ByCaller(requests, caller);
        }

        return requests;
    }

    /// <summary>Requests whose lookup of the searched kind, or whose account lookup, equals the search's (indexed columns).</summary>
    internal static IQueryable<PrivacyRequest> ByCaller(IQueryable<PrivacyRequest> requests, CallerFilter caller)
    {
        var (lookup, account) = (caller.Lookup, caller.AccountLookup ?? caller.Lookup);
        return caller.Kind switch
        {
            CallerKeyKind.Phone => requests.Where(r => r.PhoneLookup == lookup || r.AccountLookup == account),
            CallerKeyKind.Email => requests.Where(r => r.EmailLookup == lookup || r.AccountLookup == account),
            CallerKeyKind.Name => requests.Where(r => r.NameLookup == lookup || r.AccountLookup == account),
            _ => requests.Where(r => r.AccountLookup == account),
        };
    }

    /// <summary>
    /// Reads the search box: a reference (or its start) filters by reference; anything else is looked up as the caller's
    /// phone number, e-mail, name or account id, exactly, through the keyed lookups. A search by contact data is recorded
    /// in the audit trail (kind, masked value, number of matches), never with the value in clear.
    /// </summary>
    public async Task<QueueSearch> SearchAsync(string? entry, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        if (CallerSearch.Parse(entry) is not { } term)
        {
            return QueueSearch.Unreadable;
        }

        if (term.IsReference)
        {
            return new QueueSearch(term.Reference, null, null);
        }

        var first = term.Keys[0];
        var account = term.Keys.FirstOrDefault(k => k.Kind == CallerKeyKind.Account);
        var lookup = await hasher.HashAsync(first.Kind, first.Normalised, cancellationToken);
        var accountLookup = account is null ? null : await hasher.HashAsync(CallerKeyKind.Account, account.Normalised, cancellationToken);
        var shown = first.Kind switch
        {
            CallerKeyKind.Phone => PersonalDataMask.Phone(first.Normalised),
            CallerKeyKind.Email => PersonalDataMask.Email(entry!.Trim()),
            _ => PersonalDataMask.Text(entry!.Trim()),
        };
        var caller = new CallerFilter(first.Kind, lookup!, accountLookup, shown);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var matches = await ByCaller(db.PrivacyRequests.AsNoTracking(), caller).CountAsync(cancellationToken);
        AuditEventRecorder.Add(db, AuditAction.PersonalDataSearched, nameof(PrivacyRequest), null, currentUser.Id, currentUser.Name,
            [new FieldChange("searchedBy", null, first.Kind.ToString()), new FieldChange("value", null, shown), new FieldChange("matches", null, matches.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        await db.SaveChangesAsync(cancellationToken);
        return new QueueSearch(null, caller, matches);
    }

    /// <summary>How many older requests still wait for their contact lookups (the queue warns that a search may miss them).</summary>
    public async Task<int> LookupsPendingAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RequesterLookupBackfill.RemainingAsync(db, cancellationToken);
    }

    internal static IQueryable<PrivacyRequest> Sort(IQueryable<PrivacyRequest> requests, RequestQueueQuery query) => (query.Sort, query.Descending) switch
    {
        (QueueSort.DueDate, false) => requests.OrderBy(r => EF.Property<string>(r, QueueColumns.DueSortKey)).ThenBy(r => r.ReceivedAt),
        (QueueSort.DueDate, true) => requests.OrderBy(r => r.DueDate == null).ThenByDescending(r => r.DueDate).ThenBy(r => r.ReceivedAt),
        (QueueSort.ReceivedAt, false) => requests.OrderBy(r => r.ReceivedAt),
        (QueueSort.ReceivedAt, true) => requests.OrderByDescending(r => r.ReceivedAt),
        (QueueSort.Reference, false) => requests.OrderBy(r => r.Reference),
        (QueueSort.Reference, true) => requests.OrderByDescending(r => r.Reference),
        (QueueSort.Status, false) => requests.OrderBy(r => r.Status).ThenBy(r => r.DueDate),
        (QueueSort.Status, true) => requests.OrderByDescending(r => r.Status).ThenBy(r => r.DueDate),
        (QueueSort.Type, false) => requests.OrderBy(r => r.Type).ThenBy(r => r.DueDate),
        (QueueSort.Type, true) => requests.OrderByDescending(r => r.Type).ThenBy(r => r.DueDate),
        _ => requests.OrderBy(r => r.DueDate),
    };

    /// <summary>Only the columns a row shows: no encrypted column is read, so nothing is decrypted for a list.</summary>
    internal static IQueryable<RowSource> Project(IQueryable<PrivacyRequest> requests) => requests.Select(r => new RowSource(
        r.Id, r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.MaskedContact, r.ReceivedAt, r.DueDate, r.ClosedAt,
        r.Rule.Kind, r.AssigneeName, r.EarlierRequestsInYear, r.CalendarWarning));

    internal static RequestRow ToRow(PrivacyRequest r, DateOnly today, WorkdayCalendar calendar) => ToRow(
        new RowSource(r.Id, r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.MaskedContact, r.ReceivedAt, r.DueDate, r.ClosedAt,
            r.Rule.Kind, r.AssigneeName, r.EarlierRequestsInYear, r.CalendarWarning), today, calendar);

    internal static RequestRow ToRow(RowSource r, DateOnly today, WorkdayCalendar calendar)
    {
        var closedOn = r.ClosedAt is { } closed ? DateOnly.FromDateTime(ChinaTime.ToShanghai(closed).DateTime) : (DateOnly?)null;
        int? daysLeft = r.DueDate is not { } due || RequestWorkflow.IsClosed(r.Status)
            ? null
            : r.RuleKind == DeadlineKind.WorkingDays ? DeadlineCalculator.WorkingDaysBetween(calendar, today, due) : due.DayNumber - today.DayNumber;
        return new RequestRow(r.Id, r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.MaskedContact,
            r.ReceivedAt, r.DueDate, DeadlineStandings.Evaluate(r.DueDate, today, closedOn), daysLeft, r.RuleKind,
            r.AssigneeName, r.EarlierRequestsInYear > 0, r.CalendarWarning is not null);
    }

    internal sealed record RowSource(
        Guid Id, string Reference, RequestType Type, RequestChannel Channel, RequestStatus Status, string MaskedName, string MaskedContact,
        DateTimeOffset ReceivedAt, DateOnly? DueDate, DateTimeOffset? ClosedAt, DeadlineKind RuleKind, string? AssigneeName,
        int EarlierRequestsInYear, string? CalendarWarning);
}
