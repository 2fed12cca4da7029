using Bunit;
using LiqunCompliance.Web.Features.Incidents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LiqunCompliance.Tests.Components.Incidents;

public sealed class ReportClockTests : ComponentTestContext
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));

    public ReportClockTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public void BeforeTheDeadline_TimeLeftInAmber()
    {
        var cut = Render<ReportClock>(p => p.Add(c => c.DueAt, _clock.GetUtcNow().AddHours(2).AddMinutes(30)));

        var chip = cut.Find("[data-testid=report-clock]");
        chip.TextContent.ShouldContain("距报告截止 2 小时 30 分");
        chip.ClassList.ShouldContain("mud-chip-color-warning");
        chip.GetAttribute("title").ShouldBe("截止时间：2026-11-24 12:30（北京时间）");
    }

    [Fact]
    public void SummaryReport_DaysWhenFarOut_NamedWhenAsked()
    {
        var cut = Render<ReportClock>(p => p.Add(c => c.DueAt, _clock.GetUtcNow().AddDays(20).AddHours(3)).Add(c => c.Kind, LiqunCompliance.Domain.Incidents.RegulatorReportKind.Final).Add(c => c.ShowKind, true));

        cut.Find("[data-testid=report-clock]").TextContent.ShouldContain("总结报告 · 距报告截止 20 天");
        Render<ReportClock>(p => p.Add(c => c.DueAt, null).Add(c => c.Quiet, true)).Markup.Trim().ShouldBeEmpty();
    }

    [Fact]
    public void AfterTheDeadline_OverdueInRed()
    {
        var cut = Render<ReportClock>(p => p.Add(c => c.DueAt, _clock.GetUtcNow().AddMinutes(-75)));

        var chip = cut.Find("[data-testid=report-clock]");
        chip.TextContent.ShouldContain("报告已超时 1 小时 15 分");
        chip.ClassList.ShouldContain("mud-chip-color-error");
    }

    [Fact]
    public void Reported_OrNoReportNeeded()
    {
        Render<ReportClock>(p => p.Add(c => c.DueAt, _clock.GetUtcNow()).Add(c => c.Sent, true)).Find("[data-testid=report-clock]").TextContent.ShouldContain("已报告");
        Render<ReportClock>(p => p.Add(c => c.DueAt, null)).Markup.ShouldContain("—");
    }
}
