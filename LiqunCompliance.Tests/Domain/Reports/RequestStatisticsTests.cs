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
    public void Weekly_MondayWeeksCoveringTheMonth()
    {
        var weeks = RequestStatistics.Weekly([Closed(1, 3, 31), Closed(12, 13, 31)], October);

        weeks[0].WeekStart.ShouldBe(new DateOnly(2026, 9, 28));
        weeks.Sum(w => w.Received).ShouldBe(2);
        weeks.Sum(w => w.Closed).ShouldBe(2);
        weeks[^1].WeekStart.ShouldBeLessThanOrEqualTo(new DateOnly(2026, 10, 31));
    }
}
