using LiqunCompliance.Domain.Calendar;

namespace LiqunCompliance.Tests.Domain.Calendar;

public sealed class DeadlineCalculatorTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendarTests.Calendar;

    [Theory]
    // An ordinary period: start day not counted.
    [InlineData("2026-03-02", 30, "2026-04-01")]
    // Ends inside National Day (10-01..10-07): moves to the next working day.
    [InlineData("2026-09-01", 30, "2026-10-08")]
    // Ends on the make-up Saturday 2026-02-14: that is a working day, so it stays.
    [InlineData("2026-01-15", 30, "2026-02-14")]
    // Ends on the first day of Spring Festival 2026 (Sun 02-15, to 02-23): next working day is Tue 02-24.
    [InlineData("2026-01-16", 30, "2026-02-24")]
    // Ends on an ordinary Saturday: Monday.
    [InlineData("2026-10-29", 30, "2026-11-30")]
    // Ends on the make-up Sunday 2026-09-20.
    [InlineData("2026-08-21", 30, "2026-09-20")]
    // Ends on Mid-Autumn 2026 (09-25..09-27): Mon 09-28.
    [InlineData("2026-08-26", 30, "2026-09-28")]
    // Ends on New Year 2026 (01-01..01-03), then Sun 01-04 is a make-up day.
    [InlineData("2025-12-02", 30, "2026-01-04")]
    // 2025 National Day (10-01..10-08) then make-up Sat 10-11 is after Thu 10-09.
    [InlineData("2025-09-04", 30, "2025-10-09")]
    // Labour Day 2026 (05-01..05-05).
    [InlineData("2026-04-03", 30, "2026-05-06")]
    // Qingming 2026 (04-04..04-06).
    [InlineData("2026-03-06", 30, "2026-04-07")]
    // Dragon Boat 2026 (06-19..06-21).
    [InlineData("2026-05-20", 30, "2026-06-22")]
    // Spring Festival 2025 (01-28..02-04).
    [InlineData("2024-12-31", 30, "2025-02-05")]
    public void AddCalendarDays_CivilCodeRules(string start, int days, string expected)
    {
        var due = DeadlineCalculator.AddCalendarDays(Calendar, DateOnly.Parse(start), days);

        due.Date.ShouldBe(DateOnly.Parse(expected));
    }

    [Theory]
    // Mid-Autumn and National Day 2026 in one period, with the make-up Saturday 10-10 counted.
    [InlineData("2026-09-24", 15, "2026-10-22")]
    // Spring Festival 2026: make-up Sat 02-14 counts, 02-15..02-23 do not, make-up Sat 02-28 counts.
    [InlineData("2026-02-09", 15, "2026-03-06")]
    // Start day not counted, even when it is a working day.
    [InlineData("2026-11-23", 1, "2026-11-24")]
    // From a Friday: next working day is Monday.
    [InlineData("2026-11-27", 1, "2026-11-30")]
    // The make-up Sunday 2026-09-20 is the first working day after Sat 09-19.
    [InlineData("2026-09-19", 1, "2026-09-20")]
    // 2025 National Day: 10-09, 10-10, make-up Sat 10-11.
    [InlineData("2025-09-30", 3, "2025-10-11")]
    public void AddWorkingDays_CountsOnlyWorkingDays(string start, int days, string expected)
    {
        var due = DeadlineCalculator.AddWorkingDays(Calendar, DateOnly.Parse(start), days);

        due.Date.ShouldBe(DateOnly.Parse(expected));
        due.HasCalendarWarning.ShouldBeFalse();
    }

    [Fact]
    public void AddCalendarDays_IntoUncoveredYear_CarriesWarning()
    {
        var due = DeadlineCalculator.AddCalendarDays(Calendar, new DateOnly(2026, 12, 20), 30);

        due.Date.ShouldBe(new DateOnly(2027, 1, 19));
        due.UncoveredYears.ShouldBe([2027]);
    }

    [Fact]
    public void AddWorkingDays_IntoUncoveredYear_CarriesWarningAndCountsWeekdays()
    {
        var due = DeadlineCalculator.AddWorkingDays(Calendar, new DateOnly(2026, 12, 15), 15);

        due.Date.ShouldBe(new DateOnly(2027, 1, 5));
        due.UncoveredYears.ShouldBe([2027]);
    }

    [Fact]
    public void AddCalendarDays_StayingInCoveredYears_NoWarning()
    {
        DeadlineCalculator.AddCalendarDays(Calendar, new DateOnly(2026, 11, 1), 30).HasCalendarWarning.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Add_NonPositiveDays_Throws(int days)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineCalculator.AddCalendarDays(Calendar, new DateOnly(2026, 1, 5), days));
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineCalculator.AddWorkingDays(Calendar, new DateOnly(2026, 1, 5), days));
    }

    [Theory]
    [InlineData("2026-09-24", "2026-10-22", 15)]
    [InlineData("2026-10-22", "2026-09-24", -15)]
    [InlineData("2026-11-24", "2026-11-24", 0)]
    [InlineData("2026-11-27", "2026-11-29", 0)]
    public void WorkingDaysBetween_IsTheInverseOfAdding(string from, string to, int expected)
    {
        DeadlineCalculator.WorkingDaysBetween(Calendar, DateOnly.Parse(from), DateOnly.Parse(to)).ShouldBe(expected);
    }
}
