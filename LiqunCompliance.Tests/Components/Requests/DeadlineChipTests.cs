using Bunit;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LiqunCompliance.Tests.Components.Requests;

public sealed class DeadlineChipTests : ComponentTestContext
{
    /// <summary>Tuesday 1 December 2026, 10:00 in Shanghai.</summary>
    public DeadlineChipTests() => Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(DeadlineKind.WorkingDays)]
    [InlineData(DeadlineKind.CalendarDays)]
    public void Render_DueToday_SaysSo_NotZeroDaysLeft(DeadlineKind kind)
    {
        var cut = Render<DeadlineChip>(p => p.Add(c => c.Row, Row(DeadlineStanding.DueSoon, new DateOnly(2026, 12, 1), 0, kind)));

        var chip = cut.Find("[data-standing=DueSoon]");
        chip.TextContent.ShouldContain("今日到期");
        chip.TextContent.ShouldNotContain("剩 0");
    }

    [Fact]
    public void Render_NoWorkingDayLeftBeforeALaterDueDate_NamesTheDay()
    {
        var cut = Render<DeadlineChip>(p => p.Add(c => c.Row, Row(DeadlineStanding.DueSoon, new DateOnly(2026, 12, 2), 0, DeadlineKind.WorkingDays)));

        cut.Find("[data-standing=DueSoon]").TextContent.ShouldContain("12-2 到期");
    }

    [Theory]
    [InlineData(DeadlineStanding.OnTrack, 12, DeadlineKind.CalendarDays, "剩 12 天", "mud-chip-color-success")]
    [InlineData(DeadlineStanding.DueSoon, 3, DeadlineKind.WorkingDays, "剩 3 个工作日", "mud-chip-color-warning")]
    [InlineData(DeadlineStanding.Overdue, -4, DeadlineKind.CalendarDays, "逾期 4 天", "mud-chip-color-error")]
    public void Render_OpenRequest_DaysLeftInChineseWithItsColour(DeadlineStanding standing, int daysLeft, DeadlineKind kind, string text, string colour)
    {
        var cut = Render<DeadlineChip>(p => p.Add(c => c.Row, Row(standing, new DateOnly(2026, 12, 1), daysLeft, kind)));

        var chip = cut.Find($"[data-standing={standing}]");
        chip.TextContent.ShouldContain(text);
        chip.ClassList.ShouldContain(colour);
        cut.Markup.ShouldContain("2026-12-01");
    }

    [Fact]
    public void Render_ClockNotStarted_SaysSoWithoutADate()
    {
        var cut = Render<DeadlineChip>(p => p.Add(c => c.Row, Row(DeadlineStanding.NotStarted, null, null, DeadlineKind.CalendarDays)));

        cut.Find("[data-standing=NotStarted]").TextContent.ShouldContain("尚未起算");
    }

    [Fact]
    public void Render_ClosedLate_NamedAndRed()
    {
        var cut = Render<DeadlineChip>(p => p.Add(c => c.Row, Row(DeadlineStanding.ClosedLate, new DateOnly(2026, 10, 8), null, DeadlineKind.CalendarDays)));

        var chip = cut.Find("[data-standing=ClosedLate]");
        chip.TextContent.ShouldContain("逾期办结");
        chip.ClassList.ShouldContain("mud-chip-color-error");
    }

    private static RequestRow Row(DeadlineStanding standing, DateOnly? due, int? daysLeft, DeadlineKind kind) =>
        new(Guid.NewGuid(), "LQ-2026-000001", RequestType.Access, RequestChannel.Hotline, RequestStatus.InProgress, "张*", "138****5678",
            DateTimeOffset.UtcNow, due, standing, daysLeft, kind, null, false, false);
}
