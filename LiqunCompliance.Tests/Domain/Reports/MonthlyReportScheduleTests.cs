using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Reports;

namespace LiqunCompliance.Tests.Domain.Reports;

public sealed class MonthlyReportScheduleTests
{
    private static readonly WorkdayCalendar Calendar = new(CalendarNotice.Seed());
    private static readonly DateTimeOffset Now = new(2026, 10, 12, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 10, 12);

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
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 10, 7), [], Now).ShouldBeNull();
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 10, 8), [], Now).ShouldBe(new ReportMonth(2026, 9));
        MonthlyReportSchedule.Due(Calendar, Monday, [], Now).ShouldBe(new ReportMonth(2026, 9)); // caught up after downtime
        MonthlyReportSchedule.Due(Calendar, Monday, [Run(ReportRunState.Sent)], Now).ShouldBeNull();
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2026, 1, 5), [], Now).ShouldBe(new ReportMonth(2025, 12));
    }

    [Fact]
    public void AFailedMonth_IsTriedAgain_UntilTheAttemptsRunOut()
    {
        MonthlyReportSchedule.Due(Calendar, Monday, [Run(ReportRunState.Failed, attempts: 1)], Now).ShouldBe(new ReportMonth(2026, 9));
        MonthlyReportSchedule.Due(Calendar, Monday, [Run(ReportRunState.Failed, attempts: MonthlyReportSchedule.MaxAttempts - 1)], Now).ShouldBe(new ReportMonth(2026, 9));
        MonthlyReportSchedule.Due(Calendar, Monday, [Run(ReportRunState.Failed, attempts: MonthlyReportSchedule.MaxAttempts)], Now).ShouldBeNull();
    }

    [Fact]
    public void AClaimedMonth_IsLeftToItsServer_UnlessAbandoned()
    {
        MonthlyReportSchedule.Due(Calendar, Monday, [Run(ReportRunState.Claimed, startedAt: Now.AddMinutes(-5))], Now).ShouldBeNull();
        MonthlyReportSchedule.Due(Calendar, Monday, [Run(ReportRunState.Claimed, startedAt: Now - MonthlyReportSchedule.AbandonedAfter - TimeSpan.FromMinutes(1))], Now)
            .ShouldBe(new ReportMonth(2026, 9));
    }

    private static ReportRunRecord Run(ReportRunState state, int attempts = 1, DateTimeOffset? startedAt = null) =>
        new("2026-09", state, startedAt ?? Now.AddHours(-2), attempts);

    [Fact]
    public void Due_NeverGuessesAYearTheCalendarLacks()
    {
        MonthlyReportSchedule.FirstWorkingDay(Calendar, 2031, 3).ShouldBeNull();
        MonthlyReportSchedule.Due(Calendar, new DateOnly(2031, 3, 15), [], Now).ShouldBeNull();
    }
}
