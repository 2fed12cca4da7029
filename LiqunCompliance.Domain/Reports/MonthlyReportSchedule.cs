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

    /// <summary>The month whose report is due today, or null (not yet the first working day, already sent, or calendar missing).</summary>
    public static ReportMonth? Due(WorkdayCalendar calendar, DateOnly today, IReadOnlyCollection<string> monthsAlreadySent)
    {
        ArgumentNullException.ThrowIfNull(monthsAlreadySent);
        var first = FirstWorkingDay(calendar, today.Year, today.Month);
        if (first is null || today < first)
        {
            return null;
        }

        var previous = today.AddMonths(-1);
        var month = new ReportMonth(previous.Year, previous.Month);
        return monthsAlreadySent.Contains(month.ToString()) ? null : month;
    }
}
