using LiqunCompliance.Domain.Calendar;

namespace LiqunCompliance.Tests.Domain.Calendar;

public sealed class WorkdayCalendarTests
{
    internal static readonly WorkdayCalendar Calendar = new(CalendarNotice.Seed());

    // Every statutory holiday period of 2025 and 2026 from the State Council's notices.
    public static TheoryData<string, string> HolidayPeriods() => new()
    {
        { "2025-01-01", "2025-01-01" }, { "2025-01-28", "2025-02-04" }, { "2025-04-04", "2025-04-06" },
        { "2025-05-01", "2025-05-05" }, { "2025-05-31", "2025-06-02" }, { "2025-10-01", "2025-10-08" },
        { "2026-01-01", "2026-01-03" }, { "2026-02-15", "2026-02-23" }, { "2026-04-04", "2026-04-06" },
        { "2026-05-01", "2026-05-05" }, { "2026-06-19", "2026-06-21" }, { "2026-09-25", "2026-09-27" },
        { "2026-10-01", "2026-10-07" },
    };

    public static TheoryData<string> MakeUpWorkdays() =>
    [
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    [Fact]
    public void Seed_CoversExactly2025And2026()
    {
        Calendar.CoveredYears.Order().ShouldBe([2025, 2026]);
    }

    [Theory]
    [MemberData(nameof(HolidayPeriods))]
    public void Classify_EveryDayOfEveryHoliday_IsHoliday(string from, string to)
    {
        for (var day = DateOnly.Parse(from); day <= DateOnly.Parse(to); day = day.AddDays(1))
        {
            Calendar.Classify(day).ShouldBe(new DayAnswer(DayKind.Holiday, true), day.ToString("O"));
        }
    }

    [Theory]
    [MemberData(nameof(HolidayPeriods))]
    public void Classify_DaysAroundEachHoliday_AreNotHolidays(string from, string to)
    {
        var before = DateOnly.Parse(from).AddDays(-1);
        var after = DateOnly.Parse(to).AddDays(1);

        Calendar.Classify(before).Kind.ShouldNotBe(DayKind.Holiday);
        Calendar.Classify(after).Kind.ShouldNotBe(DayKind.Holiday);
        Calendar.IsWorkingDay(after).ShouldBe(after.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || Calendar.Classify(after).Kind == DayKind.MakeUpWorkday);
    }

    [Theory]
    [MemberData(nameof(MakeUpWorkdays))]
    public void Classify_EveryMakeUpDay_IsAWorkingWeekendDay(string date)
    {
        var day = DateOnly.Parse(date);

        day.DayOfWeek.ShouldBeOneOf(DayOfWeek.Saturday, DayOfWeek.Sunday);
        Calendar.Classify(day).ShouldBe(new DayAnswer(DayKind.MakeUpWorkday, true));
        Calendar.IsWorkingDay(day).ShouldBeTrue();
    }

    [Fact]
    public void WorkingDays_In2026_Are248()
    {
        // 261 weekdays, minus 19 holiday weekdays, plus 6 make-up days.
        var count = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).Count(Calendar.IsWorkingDay);

        count.ShouldBe(248);
    }

    [Fact]
    public void Classify_OrdinaryDays()
    {
        Calendar.Classify(new DateOnly(2026, 11, 24)).ShouldBe(new DayAnswer(DayKind.WorkingDay, true));
        Calendar.Classify(new DateOnly(2026, 11, 28)).ShouldBe(new DayAnswer(DayKind.Weekend, true));
    }

    [Fact]
    public void Classify_UncoveredYear_AnswersByWeekdayAndSaysSo()
    {
        Calendar.Classify(new DateOnly(2027, 1, 1)).ShouldBe(new DayAnswer(DayKind.WorkingDay, false));
        Calendar.Classify(new DateOnly(2027, 1, 2)).ShouldBe(new DayAnswer(DayKind.Weekend, false));
    }
}
