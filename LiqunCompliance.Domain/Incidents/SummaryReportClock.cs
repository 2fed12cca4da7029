using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Incidents;

/// <summary>When the summary report is due, and whether the calendar could count the whole period.</summary>
public sealed record SummaryReportDue(DateOnly Date, DateTimeOffset EndsAt, IReadOnlyList<int> UncoveredYears);

/// <summary>
/// The summary report's clock: a period after handling ended (the day the incident was resolved, Shanghai), counted in
/// calendar days (ending on the next working day if the last day is a rest day or holiday) or in working days, as the
/// incident settings say (the period itself is to be confirmed). The report is due by the end of that day.
/// Runs only while the summary report is owed (<see cref="Incident.SummaryReportOwed"/>).
/// </summary>
public static class SummaryReportClock
{
    public static SummaryReportDue? Due(Incident incident, GradingThresholds thresholds, WorkdayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!incident.SummaryReportOwed || incident.ResolvedAt is not { } resolved)
        {
            return null;
        }

        return Due(resolved, thresholds, calendar);
    }

    public static SummaryReportDue Due(DateTimeOffset handlingEnded, GradingThresholds thresholds, WorkdayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var start = ChinaTime.DateOf(handlingEnded);
        var due = thresholds.FinalReportDayCount == SummaryDayCount.WorkingDays
            ? DeadlineCalculator.AddWorkingDays(calendar, start, thresholds.FinalReportWithinDays)
            : DeadlineCalculator.AddCalendarDays(calendar, start, thresholds.FinalReportWithinDays);
        return new SummaryReportDue(due.Date, ChinaTime.EndOfDay(due.Date), due.UncoveredYears);
    }
}
