using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin.Calendar;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>The queue: filtered, sorted and paged in the database; contact data masked in every row.</summary>
public sealed class RequestQueryService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    WorkdayCalendarService calendars,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<RequestQueuePage> QueueAsync(RequestQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await guard.DemandAsync(Policies.ViewRequests);
        var today = ChinaTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var filtered = Filter(db.PrivacyRequests.AsNoTracking(), query, today);
        var total = await filtered.CountAsync(cancellationToken);
        var page = await Sort(filtered, query)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(Math.Clamp(query.PageSize, 1, 200))
            .ToListAsync(cancellationToken);

        var calendar = await calendars.CurrentAsync(cancellationToken);
        return new RequestQueuePage(page.Select(r => ToRow(r, today, calendar)).ToList(), total);
    }

    public async Task<RequestCounters> CountersAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ViewRequests);
        var today = ChinaTime.Today(clock);
        var soon = today.AddDays(DeadlineStandings.DueSoonDays);
        var me = currentUser.Id;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = Open(db.PrivacyRequests.AsNoTracking());
        return new RequestCounters(
            await open.CountAsync(cancellationToken),
            await open.CountAsync(r => r.AssigneeId == me, cancellationToken),
            await open.CountAsync(r => r.AssigneeId == null, cancellationToken),
            await open.CountAsync(r => r.DueDate >= today && r.DueDate <= soon, cancellationToken),
            await open.CountAsync(r => r.DueDate < today, cancellationToken),
            await open.CountAsync(r => r.Status == RequestStatus.Received || r.Status == RequestStatus.AwaitingVerification, cancellationToken),
            await open.CountAsync(r => r.CalendarWarning != null, cancellationToken));
    }

    /// <summary>Open requests whose due date the calendar could not fully compute (for the Administrator).</summary>
    public async Task<int> CalendarWarningCountAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.Staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Open(db.PrivacyRequests.AsNoTracking()).CountAsync(r => r.CalendarWarning != null, cancellationToken);
    }

    internal static IQueryable<PrivacyRequest> Open(IQueryable<PrivacyRequest> requests) =>
        requests.Where(r => r.Status != RequestStatus.Completed && r.Status != RequestStatus.Rejected && r.Status != RequestStatus.Withdrawn);


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
            QueueView.DueSoon => Open(requests).Where(r => r.DueDate >= today && r.DueDate <= soon),
            QueueView.Overdue => Open(requests).Where(r => r.DueDate < today),
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

        return requests;
    }

    internal static IQueryable<PrivacyRequest> Sort(IQueryable<PrivacyRequest> requests, RequestQueueQuery query) => (query.Sort, query.Descending) switch
    {
        (QueueSort.DueDate, false) => requests.OrderBy(r => r.DueDate == null).ThenBy(r => r.DueDate).ThenBy(r => r.ReceivedAt),
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

    internal static RequestRow ToRow(PrivacyRequest r, DateOnly today, WorkdayCalendar calendar)
    {
        var closedOn = r.ClosedAt is { } closed ? DateOnly.FromDateTime(ChinaTime.ToShanghai(closed).DateTime) : (DateOnly?)null;
        int? daysLeft = r.DueDate is not { } due || r.IsClosed
            ? null
            : r.Rule.Kind == DeadlineKind.WorkingDays ? DeadlineCalculator.WorkingDaysBetween(calendar, today, due) : due.DayNumber - today.DayNumber;
        return new RequestRow(r.Id, r.Reference, r.Type, r.Channel, r.Status,
            PersonalDataMask.Text(r.Requester.Name),
            MaskedContact(r.Requester),
            r.ReceivedAt, r.DueDate, DeadlineStandings.Evaluate(r.DueDate, today, closedOn), daysLeft, r.Rule.Kind,
            r.AssigneeName, r.IsRepeat, r.CalendarWarning is not null);
    }

    internal static string MaskedContact(Requester requester) =>
        requester.Phone is { } phone ? PersonalDataMask.Phone(phone)
        : requester.Email is { } email ? PersonalDataMask.Email(email)
        : PersonalDataMask.Text(requester.AccountId);
}
