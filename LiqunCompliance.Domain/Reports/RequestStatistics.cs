using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Domain.Reports;

/// <summary>What the statistics need of one request.</summary>
public sealed record RequestFact(RequestType Type, RequestStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? ClosedAt, DateOnly? DueDate);

/// <summary>
/// A month of requests: received, closed, on time, time to close, by type and status. <paramref name="ClosedOnTime"/> and
/// <paramref name="OnTimeRate"/> count only requests that had a due date; <see cref="ClosedWithoutDueDate"/> (never
/// verified, withdrawn before the clock started) are reported beside them, never as on time.
/// </summary>
public sealed record RequestMonth(
    int Received, int Closed, int ClosedOnTime, double? OnTimeRate, double? MedianDaysToClose, double? P90DaysToClose,
    IReadOnlyDictionary<RequestType, int> ReceivedByType, int Rejected, int OverdueOpenAtMonthEnd)
{
    /// <summary>Closed in the month without a due date: not in the on-time rate.</summary>
    public int ClosedWithoutDueDate { get; init; }

    /// <summary>Closed in the month with a due date: the on-time rate's denominator.</summary>
    public int ClosedWithDueDate => Closed - ClosedWithoutDueDate;
}

/// <summary>Closing figures over a set of closed requests (<see cref="RequestStatistics.Closing"/>).</summary>
public sealed record ClosingFigures(int OnTime, double? OnTimeRate, double? Median, double? P90, int WithoutDueDate);

/// <summary>A calendar month in Asia/Shanghai.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public ReportMonth Previous => First.AddMonths(-1) is var p ? new ReportMonth(p.Year, p.Month) : default;

    public DateTimeOffset Start => ChinaTime.StartOfDay(First);

    public DateTimeOffset End => ChinaTime.StartOfDay(First.AddMonths(1));

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>"2026-10"; anything else is refused.</summary>
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-' || !int.TryParse(text[..4], System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..], System.Globalization.CultureInfo.InvariantCulture, out var m) || year is < 2000 or > 2100 || m is < 1 or > 12)
        {
            return false;
        }

        month = new ReportMonth(year, m);
        return true;
    }

    public override string ToString() => $"{Year:0000}-{Month:00}";
}

/// <summary>
/// The request figures, each defined once here (the dashboard, the monthly PDF and workbook and the queue use these
/// rules; <see cref="FigureDefinitions"/> says them in words). Dates are Asia/Shanghai.
/// </summary>
public static class RequestStatistics
{
    public static readonly RequestStatus[] ClosedStatuses = [.. Enum.GetValues<RequestStatus>().Where(RequestWorkflow.IsClosed)];

    /// <summary>The dashboard's on-time rate, median and 90th percentile cover requests closed in the last this many weeks.</summary>
    public const int DashboardWindowWeeks = 4;

    public static RequestMonth For(IReadOnlyCollection<RequestFact> facts, ReportMonth month)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var received = facts.Where(f => month.Contains(f.ReceivedAt)).ToList();
        var closed = facts.Where(f => ClosedIn(f, month.Start, month.End)).ToList();
        var closing = Closing(closed);
        var overdue = facts.Count(f => IsOverdueAt(f, month.End));
        return new RequestMonth(
            received.Count, closed.Count, closing.OnTime, closing.OnTimeRate, closing.Median, closing.P90,
            received.GroupBy(f => f.Type).ToDictionary(g => g.Key, g => g.Count()),
            closed.Count(f => f.Status == RequestStatus.Rejected), overdue)
        {
            ClosedWithoutDueDate = closing.WithoutDueDate,
        };
    }

    /// <summary>
    /// Over a set of closed requests: how many closed on time, the on-time rate over those with a due date, the median and
    /// 90th percentile of days to close (all of them), and how many had no due date. The month and the dashboard both use it.
    /// </summary>
    public static ClosingFigures Closing(IReadOnlyCollection<RequestFact> closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        var onTime = closed.Count(OnTime);
        var withDue = closed.Count(f => f.DueDate is not null);
        var days = closed.Select(f => (f.ClosedAt!.Value - f.ReceivedAt).TotalDays).Order().ToList();
        return new ClosingFigures(onTime, withDue == 0 ? null : (double)onTime / withDue, Percentile(days, 0.5), Percentile(days, 0.9), closed.Count - withDue);
    }

    /// <summary>Closed (a closed status) at an instant in [from, to).</summary>
    public static bool ClosedIn(RequestFact fact, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.ClosedAt is { } c && c >= from && c < to && ClosedStatuses.Contains(fact.Status);
    }

    /// <summary>Closed on or before its due date. A request without a due date (never verified) is not on time: it is counted apart.</summary>
    public static bool OnTime(RequestFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.ClosedAt is { } closed && fact.DueDate is { } due && ChinaTime.DateOf(closed) <= due;
    }

    /// <summary>
    /// Overdue at an instant: received before it, still open at it, and due on a day before the instant's day — so at a
    /// month's end (the next month's first instant) a request due on the month's last day and still open is overdue.
    /// The queue's "overdue" is the same rule at the present instant.
    /// </summary>
    public static bool IsOverdueAt(RequestFact fact, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.ReceivedAt < instant && fact.DueDate is { } due && due < ChinaTime.DateOf(instant) && (fact.ClosedAt is null || fact.ClosedAt >= instant);
    }

    /// <summary><see cref="IsOverdueAt"/> for a database query.</summary>
    public static System.Linq.Expressions.Expression<Func<PrivacyRequest, bool>> OverdueAt(DateTimeOffset instant)
    {
        var day = ChinaTime.DateOf(instant);
        return r => r.ReceivedAt < instant && r.DueDate != null && r.DueDate < day && (r.ClosedAt == null || r.ClosedAt >= instant);
    }

    /// <summary>Linear interpolation between closest ranks; null for no data.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }

    /// <summary>
    /// Received and closed per week (weeks start on Monday), clipped to the month: the first and last weeks hold only the
    /// month's days, so the weeks add up to the month's received and closed figures. WeekStart is the first day counted.
    /// </summary>
    public static IReadOnlyList<(DateOnly WeekStart, int Received, int Closed)> Weekly(IReadOnlyCollection<RequestFact> facts, ReportMonth month)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var weeks = new List<(DateOnly, int, int)>();
        var monday = month.First.AddDays(-(((int)month.First.DayOfWeek + 6) % 7));
        for (var week = monday; week <= month.Last; week = week.AddDays(7))
        {
            var first = week < month.First ? month.First : week;
            var from = ChinaTime.StartOfDay(first);
            var to = week.AddDays(7) > month.Last ? month.End : ChinaTime.StartOfDay(week.AddDays(7));
            weeks.Add((first, facts.Count(f => f.ReceivedAt >= from && f.ReceivedAt < to), facts.Count(f => ClosedIn(f, from, to))));
        }

        return weeks;
    }
}
