using Bunit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Features.Incidents;

namespace LiqunCompliance.Tests.Components.Incidents;

/// <summary>The incident timeline is the shared timeline: newest first, each kind and code in the reader's language.</summary>
public sealed class IncidentTimelineTests : ComponentTestContext
{
    private static readonly Actor Officer = new("u1", "李娜", true);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewestFirst_KindsAndGradeCodesReadInChinese_WithWhoAndWhenInShanghai()
    {
        var incident = Incident.Log("INC-2026-0001", "推送 SDK 配置错误", IncidentCategory.ThirdPartyOrSdk, Now.AddHours(-2), null, Officer, Now);
        incident.ConfirmGrade(IncidentGrade.Significant, "影响面超过预估", Officer, Now.AddMinutes(30));

        var cut = Render<IncidentTimeline>(p => p.Add(c => c.Incident, incident));

        var entries = cut.FindAll("[data-event]");
        entries.Select(e => e.GetAttribute("data-event")).ShouldBe(["GradeConfirmed", "Logged"]);
        entries[0].TextContent.ShouldContain("确认级别");
        entries[0].TextContent.ShouldContain("较大");
        entries[0].TextContent.ShouldNotContain("Significant");
        cut.Find("[data-testid=incident-timeline]").TextContent.ShouldContain("李娜 · 2026-11-24 16:30");
    }
}
