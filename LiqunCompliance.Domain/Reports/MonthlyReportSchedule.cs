using LiqunCompliance.Domain.Calendar;

namespace LiqunCompliance.Domain.Reports;

/// <summary>
/// When the monthly report goes out: on the first working day of each month (the working-day calendar decides, so
/// after the National Day holiday it waits), for the month before. A missed day (the app was down) is caught up the
/// next time it runs; a month whose year the calendar does not cover is never guessed.
/// </summary>
public static class MonthlyReportSchedule
{
    /// <summary>The first working day of the month, or null when the calendar does not cover its year.</summary>
    public static DateOnly? FirstWorkingDay(WorkdayCalendar calendar, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.Covers(year))
        {
            return null;
        }

        var day = new DateOnly(year, month, 1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>How many times a month's report is tried before it is left failed for a person to look at.</summary>
    public const int MaxAttempts = 5;

    /// <summary>A run claimed this long ago that never finished (the server stopped mid-send) is tried again.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// The month whose report is due today: on or after the month's first working day, when the month has no run yet,
    /// or its run failed (tried again at each pass, up to <see cref="MaxAttempts"/>), or its run was claimed and
    /// abandoned (<see cref="AbandonedAfter"/>). A sent month, or one being sent, is not due.
    /// </summary>
    public static ReportMonth? Due(WorkdayCalendar calendar, DateOnly today, IReadOnlyCollection<ReportRunRecord> runs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var first = FirstWorkingDay(calendar, today.Year, today.Month);
        if (first is null || today < first)
        {
            return null;
        }

        var previous = today.AddMonths(-1);
        var month = new ReportMonth(previous.Year, previous.Month);
        var run = runs.FirstOrDefault(r => r.Month == month.ToString());
        return run switch
        {
            null => month,
            { State: ReportRunState.Sent } => null,
            { Attempts: >= MaxAttempts } => null,
            { State: ReportRunState.Failed } => month,
            _ => now - run.StartedAt > AbandonedAfter ? month : null,
        };
    }
}

/// <summary>Where a month's report run stands.</summary>
public enum ReportRunState
{
    /// <summary>Claimed by a server and being built and sent.</summary>
    Claimed,

    Sent,

    /// <summary>Building or sending failed; tried again at the next pass until the attempts run out.</summary>
    Failed,
}

/// <summary>What the schedule needs to know of a month's run.</summary>
public sealed record ReportRunRecord(string Month, ReportRunState State, DateTimeOffset StartedAt, int Attempts);
