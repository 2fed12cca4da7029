using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Reports;

namespace LiqunCompliance.Tests.Domain.Reports;

public sealed class MonthlyReportScheduleTests
{
    private static readonly WorkdayCalendar Calendar = new(CalendarNotice.Seed());

    [Theory]
    [InlineData(2026, 10, "2026-10-08")] // National Day holiday 1–7 October
    [InlineData(2026, 2, "2026-02-02")]  // 1 February 2026 is a Sunday
    [InlineData(2026, 6, "2026-06-01")]
    [InlineData(2025, 1, "2025-01-02")]  // New Year's Day
    public void FirstWorkingDay_FollowsTheCalendar(int year, int month, string expected)
    {
        MonthlyReportSchedule.FirstWorkingDay(Calendar, year, month).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Due_OnTheFirstWorkingDay_ForThePreviousMonth_Once()
    {
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 10, 7), []).ShouldBeNull();
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 10, 8), []).ShouldBe(new ReportMonth(2026, 9));
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 10, 12), []).ShouldBe(new ReportMonth(2026, 9)); // caught up after downtime
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 10, 12), ["2026-09"]).ShouldBeNull();
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 1, 5), []).ShouldBe(new ReportMonth(2025, 12));
    }

    [Fact]
    public void Due_NeverGuessesAYearTheCalendarLacks()
    {
        MonthlyReportSchedule.FirstWorkingDay(Calendar, 2031, 3).ShouldBeNull();
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2031, 3, 15), []).ShouldBeNull();
    }
}
