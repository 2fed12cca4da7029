using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Domain.Reports;

/// <summary>What the statistics need of one request.</summary>
public sealed record RequestFact(RequestType Type, RequestStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? ClosedAt, DateOnly? DueDate);

/// <summary>A month of requests: received, closed, on time, time to close, by type and status.</summary>
public sealed record RequestMonth(
    int Received, int Closed, int ClosedOnTime, double? OnTimeRate, double? MedianDaysToClose, double? P90DaysToClose,
    IReadOnlyDictionary<RequestType, int> ReceivedByType, int Rejected, int OverdueOpenAtMonthEnd);

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

/// <summary>The request figures of a month; a request closes on time when it closes on or before its due date (Asia/Shanghai).</summary>
public static class RequestStatistics
{
    public static readonly RequestStatus[] ClosedStatuses = [.. Enum.GetValues<RequestStatus>().Where(RequestWorkflow.IsClosed)];

    public static RequestMonth For(IReadOnlyCollection<RequestFact> facts, ReportMonth month)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var received = facts.Where(f => month.Contains(f.ReceivedAt)).ToList();
        var closed = facts.Where(f => f.ClosedAt is { } c && month.Contains(c) && ClosedStatuses.Contains(f.Status)).ToList();
        var onTime = closed.Count(OnTime);
        var days = closed.Select(f => (f.ClosedAt!.Value - f.ReceivedAt).TotalDays).Order().ToList();
        var monthEnd = month.Last;
        // Still open when the month ended, with a due date already past: overdue at month end.
        var overdue = facts.Count(f => f.ReceivedAt < month.End && f.DueDate is { } due && due < monthEnd && (f.ClosedAt is null || f.ClosedAt >= month.End));
        return new RequestMonth(
            received.Count, closed.Count, onTime, closed.Count == 0 ? null : (double)onTime / closed.Count,
            Percentile(days, 0.5), Percentile(days, 0.9),
            received.GroupBy(f => f.Type).ToDictionary(g => g.Key, g => g.Count()),
            closed.Count(f => f.Status == RequestStatus.Rejected), overdue);
    }

    /// <summary>Closed on or before the due date; a request without a due date (never verified) counts as on time.</summary>
    public static bool OnTime(RequestFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.ClosedAt is { } closed && (fact.DueDate is not { } due || DateOnly.FromDateTime(ChinaTime.ToShanghai(closed).DateTime) <= due);
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

    /// <summary>Received and closed per week (weeks start on Monday) over the month.</summary>
    public static IReadOnlyList<(DateOnly WeekStart, int Received, int Closed)> Weekly(IReadOnlyCollection<RequestFact> facts, ReportMonth month)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var weeks = new List<(DateOnly, int, int)>();
        var start = month.First.AddDays(-(((int)month.First.DayOfWeek + 6) % 7));
        for (var week = start; week <= month.Last; week = week.AddDays(7))
        {
            var from = ChinaTime.StartOfDay(week);
            var to = ChinaTime.StartOfDay(week.AddDays(7));
            weeks.Add((week, facts.Count(f => f.ReceivedAt >= from && f.ReceivedAt < to), facts.Count(f => f.ClosedAt >= from && f.ClosedAt < to)));
        }

        return weeks;
    }
}
