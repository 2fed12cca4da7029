using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Reports;

public sealed class RequestStatisticsTests
{
    private static readonly ReportMonth October = new(2026, 10);

    // Instants in Beijing time (+08:00): the month is Shanghai's.
    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static RequestFact Closed(int receivedDay, int closedDay, int dueDay, RequestStatus status = RequestStatus.Completed) =>
        new(RequestType.Access, status, At(10, receivedDay), At(10, closedDay), new DateOnly(2026, 10, dueDay));

    [Fact]
    public void Month_ReceivedClosedOnTimeAndPercentiles()
    {
        RequestFact[] facts =
        [
            Closed(1, 3, 31), Closed(2, 6, 31), Closed(3, 13, 31), Closed(4, 24, 20), Closed(5, 30, 31, RequestStatus.Rejected),
            new(RequestType.Deletion, RequestStatus.InProgress, At(10, 20), null, new DateOnly(2026, 11, 19)),
            new(RequestType.Deletion, RequestStatus.InProgress, At(9, 1), null, new DateOnly(2026, 10, 1)),
            new(RequestType.Complaint, RequestStatus.Completed, At(9, 30, 23), At(10, 1, 1), new DateOnly(2026, 10, 15)),
        ];

        var month = RequestStatistics.For(facts, October);

        month.Received.ShouldBe(6);
        month.Closed.ShouldBe(6);
        month.ClosedOnTime.ShouldBe(5);
        month.OnTimeRate!.Value.ShouldBe(5.0 / 6, 1e-9);
        month.Rejected.ShouldBe(1);
        month.ReceivedByType[RequestType.Access].ShouldBe(5);
        month.ReceivedByType[RequestType.Deletion].ShouldBe(1);
        month.OverdueOpenAtMonthEnd.ShouldBe(1);
        month.MedianDaysToClose!.Value.ShouldBe(7.0, 0.01);
    }

    [Fact]
    public void MonthBoundaries_AreShanghaiDays()
    {
        // 2026-10-31 23:30 in Beijing is still October; 2026-11-01 00:10 is November.
        RequestFact[] facts =
        [
            new(RequestType.Access, RequestStatus.Received, new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.FromHours(8)), null, null),
            new(RequestType.Access, RequestStatus.Received, new DateTimeOffset(2026, 11, 1, 0, 10, 0, TimeSpan.FromHours(8)), null, null),
        ];

        RequestStatistics.For(facts, October).Received.ShouldBe(1);
        RequestStatistics.For(facts, new ReportMonth(2026, 11)).Received.ShouldBe(1);
    }

    [Theory]
    [InlineData(new double[] { }, 0.5, null)]
    [InlineData(new[] { 4.0 }, 0.9, 4.0)]
    [InlineData(new[] { 1.0, 2.0, 3.0, 4.0 }, 0.5, 2.5)]
    [InlineData(new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0 }, 0.9, 9.1)]
    public void Percentile_Interpolates(double[] values, double p, double? expected)
    {
        var result = RequestStatistics.Percentile(values, p);
        if (expected is null)
        {
            result.ShouldBeNull();
        }
        else
        {
            result!.Value.ShouldBe(expected.Value, 1e-9);
        }
    }

    [Theory]
    [InlineData("2026-10", true)]
    [InlineData("2026-13", false)]
    [InlineData("26-10", false)]
    [InlineData("2026/10", false)]
    [InlineData(null, false)]
    public void Month_Parses(string? text, bool ok)
    {
        ReportMonth.TryParse(text, out var month).ShouldBe(ok);
        if (ok)
        {
            month.ToString().ShouldBe(text);
            month.Previous.ToString().ShouldBe("2026-09");
        }
    }

    [Fact]
    public void Weekly_ClippedToTheMonth_AddsUpToTheHeadlineFigures()
    {
        RequestFact[] facts =
        [
            Closed(1, 3, 31), Closed(12, 13, 31),
            new(RequestType.Access, RequestStatus.Completed, At(9, 29), At(9, 30), new DateOnly(2026, 10, 20)), // September's Monday week: not October's
            new(RequestType.Access, RequestStatus.Completed, At(9, 30), At(10, 1), new DateOnly(2026, 10, 20)), // closed in October, received in September
            new(RequestType.Access, RequestStatus.InProgress, At(10, 31, 22), null, null),
            new(RequestType.Access, RequestStatus.Completed, At(10, 30), At(11, 2), new DateOnly(2026, 11, 20)), // November's part of the last week
        ];

        var weeks = RequestStatistics.Weekly(facts, October);
        var month = RequestStatistics.For(facts, October);

        weeks[0].WeekStart.ShouldBe(new DateOnly(2026, 10, 1)); // the Monday week of 9-28 holds only 10-01..10-04
        weeks.Count.ShouldBe(5); // 10-01, 10-05, 10-12, 10-19, 10-26
        weeks.Sum(w => w.Received).ShouldBe(month.Received);
        weeks.Sum(w => w.Closed).ShouldBe(month.Closed);
        month.Received.ShouldBe(4);
        month.Closed.ShouldBe(3);
    }

    [Fact]
    public void OnTime_OnlyWithADueDate_ClosedWithoutOneCountedApart()
    {
        RequestFact[] facts =
        [
            Closed(1, 3, 3), // on the due day: on time
            Closed(1, 5, 4), // a day late
            new(RequestType.Access, RequestStatus.Withdrawn, At(10, 2), At(10, 2, 15), null), // withdrawn before verification: no due date
            new(RequestType.Access, RequestStatus.Rejected, At(10, 2), At(10, 20), null), // refused before verification (e.g. groundless repetition)
        ];

        var month = RequestStatistics.For(facts, October);

        month.Closed.ShouldBe(4);
        month.ClosedWithoutDueDate.ShouldBe(2);
        month.ClosedWithDueDate.ShouldBe(2);
        month.ClosedOnTime.ShouldBe(1);
        month.OnTimeRate!.Value.ShouldBe(0.5, 1e-9); // not 3 of 4
        RequestStatistics.OnTime(facts[2]).ShouldBeFalse();
    }

    [Fact]
    public void OverdueAtMonthEnd_IncludesTheLastDay_AndMatchesTheQueryRule()
    {
        var dueLastDay = new RequestFact(RequestType.Access, RequestStatus.InProgress, At(10, 1), null, new DateOnly(2026, 10, 31));
        var closedOnLastDay = dueLastDay with { Status = RequestStatus.Completed, ClosedAt = At(10, 31, 23) };
        var closedAfterEnd = dueLastDay with { Status = RequestStatus.Completed, ClosedAt = At(11, 1, 9) };
        var dueNextMonth = dueLastDay with { DueDate = new DateOnly(2026, 11, 1) };
        var noDueDate = dueLastDay with { DueDate = null };
        RequestFact[] facts = [dueLastDay, closedOnLastDay, closedAfterEnd, dueNextMonth, noDueDate];

        RequestStatistics.For(facts, October).OverdueOpenAtMonthEnd.ShouldBe(2); // open at 11-01 00:00 and due by 10-31
        RequestStatistics.IsOverdueAt(dueLastDay, October.End.AddTicks(-1)).ShouldBeFalse(); // still the due day
        RequestStatistics.IsOverdueAt(dueLastDay, October.End).ShouldBeTrue();

        // The database rule is the same predicate, on a real request verified on 10-01, at every day's end around its due date.
        var calendar = new LiqunCompliance.Domain.Calendar.WorkdayCalendar(LiqunCompliance.Domain.Calendar.CalendarNotice.Seed());
        var actor = new LiqunCompliance.Domain.Common.Actor("cs", "客服主管", true);
        var request = PrivacyRequest.Receive("LQ-2026-000001", RequestType.Access, RequestChannel.Hotline, Requester.Create("张三", "13812345678", null, "u1001"),
            "用户来电", At(10, 1), DefaultDeadlineRules.For(RequestType.Access), null, 0, actor, calendar, At(10, 1));
        request.VerifyIdentity(VerificationMethod.SmsCode, At(10, 1), actor, calendar, At(10, 1));
        var fact = new RequestFact(request.Type, request.Status, request.ReceivedAt, request.ClosedAt, request.DueDate);
        for (var day = -2; day <= 2; day++)
        {
            var instant = LiqunCompliance.Domain.Common.ChinaTime.StartOfDay(request.DueDate!.Value.AddDays(day));
            RequestStatistics.OverdueAt(instant).Compile()(request).ShouldBe(RequestStatistics.IsOverdueAt(fact, instant));
            RequestStatistics.IsOverdueAt(fact, instant).ShouldBe(day >= 1);
        }
    }

    [Theory]
    [InlineData(2026, 2, 1)]
    [InlineData(2026, 10, 2)]
    [InlineData(2026, 11, 3)]
    [InlineData(2027, 1, 4)]
    public void GeneratedMonth_WeeksAddUp_AndEveryFigureFollowsItsRule(int year, int monthNumber, int seed)
    {
        var month = new ReportMonth(year, monthNumber);
        var random = new Random(seed);
        var statuses = Enum.GetValues<RequestStatus>();
        var facts = Enumerable.Range(0, 2_000).Select(_ =>
        {
            // Received from 40 days before the month to 10 days after it, at any minute; some closed, some with a due date.
            var received = month.Start.AddMinutes(random.Next(-40 * 1440, (month.Last.Day + 10) * 1440));
            var status = statuses[random.Next(statuses.Length)];
            var closed = RequestStatistics.ClosedStatuses.Contains(status) ? received.AddMinutes(random.Next(1, 45 * 1440)) : (DateTimeOffset?)null;
            DateOnly? due = random.Next(4) == 0 ? null : LiqunCompliance.Domain.Common.ChinaTime.DateOf(received).AddDays(random.Next(1, 31));
            return new RequestFact(RequestType.Access, status, received, closed, due);
        }).ToList();

        var figures = RequestStatistics.For(facts, month);
        var weeks = RequestStatistics.Weekly(facts, month);

        weeks.Sum(w => w.Received).ShouldBe(figures.Received);
        weeks.Sum(w => w.Closed).ShouldBe(figures.Closed);
        weeks[0].WeekStart.ShouldBe(month.First);
        figures.Received.ShouldBe(facts.Count(f => month.Contains(f.ReceivedAt)));
        figures.Closed.ShouldBe(facts.Count(f => f.ClosedAt is { } c && month.Contains(c)));
        figures.ClosedWithoutDueDate.ShouldBe(facts.Count(f => f.ClosedAt is { } c && month.Contains(c) && f.DueDate is null));
        figures.ClosedOnTime.ShouldBe(facts.Count(f => f.ClosedAt is { } c && month.Contains(c) && f.DueDate is { } d && LiqunCompliance.Domain.Common.ChinaTime.DateOf(c) <= d));
        figures.OverdueOpenAtMonthEnd.ShouldBe(facts.Count(f => f.ReceivedAt < month.End && f.DueDate is { } d && d <= month.Last && (f.ClosedAt is null || f.ClosedAt >= month.End)));
        figures.OnTimeRate!.Value.ShouldBe((double)figures.ClosedOnTime / figures.ClosedWithDueDate, 1e-12);
    }
}
