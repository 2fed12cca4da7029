using LiqunCompliance.Domain.Calendar;

namespace LiqunCompliance.Tests.Domain.Calendar;

public sealed class CalendarNoticeTests
{
    [Fact]
    public void WriteThenParse_RoundTrips()
    {
        var seed = CalendarNotice.Seed();

        var again = CalendarNotice.Parse(CalendarNotice.Write(seed));

        again.Select(y => y.Year).ShouldBe(seed.Select(y => y.Year));
        again.Single(y => y.Year == 2026).Holidays.Select(h => h.Name).ShouldContain("春节");
        again.Single(y => y.Year == 2026).MakeUpWorkdays.Count.ShouldBe(6);
    }

    [Fact]
    public void Parse_NotJson_SaysWhereReadingStopped_NeverTheParsersEnglish()
    {
        var problem = Should.Throw<CalendarValidationException>(() => CalendarNotice.Parse("{\n  \"years\": {\n    oops\n")).Problems.Single();
        problem.Kind.ShouldBe(CalendarProblemKind.InvalidJson);
        problem.Subject.ShouldBe("3|5"); // line 3, character 5

        var wrongType = Should.Throw<CalendarValidationException>(() => CalendarNotice.Parse("{\"years\":{\"2027\":{\"source\":1,\"holidays\":[],\"makeupWorkdays\":[]}}}")).Problems.Single();
        wrongType.Kind.ShouldBe(CalendarProblemKind.WrongValueType);
        wrongType.Subject.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"years\":{\"x\":{}}}")]
    [InlineData("{\"years\":{\"2027\":{\"holidays\":[{\"name\":\"元旦\",\"from\":\"2027/01/01\",\"to\":\"2027-01-01\"}],\"makeupWorkdays\":[]}}}")]
    public void Parse_Malformed_Refused(string json)
    {
        Should.Throw<CalendarValidationException>(() => CalendarNotice.Parse(json))
            .Problems.ShouldContain(p => p.Kind == CalendarProblemKind.MalformedNotice);
    }

    [Fact]
    public void Create_MakeUpDayOnAWeekday_Refused()
    {
        var error = Should.Throw<CalendarValidationException>(() =>
            CalendarYear.Create(2027, "test", [], [new DateOnly(2027, 2, 3)]));

        error.Problems.ShouldContain(new CalendarProblem(CalendarProblemKind.MakeUpDayNotWeekend, "2027-02-03"));
    }

    [Fact]
    public void Create_EveryProblemNamed()
    {
        var error = Should.Throw<CalendarValidationException>(() => CalendarYear.Create(2027, "test",
        [
            new HolidayPeriod("春节", "Spring Festival", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 12)),
            new HolidayPeriod("重叠", "Overlap", new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 11)),
            new HolidayPeriod("倒序", "Backwards", new DateOnly(2027, 5, 5), new DateOnly(2027, 5, 1)),
            new HolidayPeriod("跨年", "Other year", new DateOnly(2028, 1, 1), new DateOnly(2028, 1, 1)),
        ],
        [new DateOnly(2027, 2, 7), new DateOnly(2026, 12, 26)]));

        error.Problems.Select(p => p.Kind).ShouldBe(
        [
            CalendarProblemKind.HolidayEndsBeforeStart, CalendarProblemKind.DateOutsideYear, CalendarProblemKind.HolidaysOverlap,
            CalendarProblemKind.DateOutsideYear, CalendarProblemKind.MakeUpDayInHoliday,
        ], ignoreOrder: true);
    }
}
