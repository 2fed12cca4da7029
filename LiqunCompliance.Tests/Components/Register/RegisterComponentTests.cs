using Bunit;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Features.Register;

namespace LiqunCompliance.Tests.Components.Register;

public sealed class RegisterComponentTests : ComponentTestContext
{
    private static ListTable Sharing(string url) => new(
        RegisterListKind.Sharing, "第三方共享个人信息清单", ["名称", "隐私政策链接"], [["百度统计 SDK", url], ["腾讯 Bugly SDK", string.Empty]], [1, 1]);

    [Fact]
    public void ListTable_HttpsLink_IsALinkOpeningSafely()
    {
        var cut = Render<ListTableView>(p => p.Add(c => c.Table, Sharing("https://mtj.baidu.com/privacy")));

        var link = cut.Find("a");
        link.GetAttribute("href").ShouldBe("https://mtj.baidu.com/privacy");
        link.GetAttribute("rel").ShouldBe("noopener noreferrer");
        cut.FindAll("tbody tr")[1].TextContent.ShouldContain("—");
        cut.Find("td").GetAttribute("data-label").ShouldBe("名称");
    }

    [Fact]
    public void ListTable_ScriptAddress_IsShownAsTextNeverALink()
    {
        var cut = Render<ListTableView>(p => p.Add(c => c.Table, Sharing("javascript:alert(1)")));

        cut.FindAll("a").ShouldBeEmpty();
        cut.Markup.ShouldContain("javascript:alert(1)");
    }

    [Fact]
    public void FieldChanges_NamesFieldsAndValuesInChinese_ItemsByName()
    {
        FieldChange[] changes =
        [
            new(nameof(RegisterEntryData.Status), "Active", "Retired"),
            new(nameof(RegisterEntryData.CollectsInBackground), "false", "true"),
            new(nameof(RegisterEntryData.InformationItems), "oaid", "oaid, precise-location"),
            new(nameof(RegisterEntryData.Purpose), null, "推送订单消息"),
        ];

        var cut = Render<FieldChangeTable>(p => p
            .Add(c => c.Changes, changes)
            .Add(c => c.ItemName, code => code == "precise-location" ? "精准定位信息" : code.ToUpperInvariant()));

        var status = cut.Find("tr[data-field=Status]");
        status.TextContent.ShouldContain("状态");
        status.QuerySelector("del")!.TextContent.ShouldBe("有效");
        status.QuerySelector("ins")!.TextContent.ShouldBe("已退出");
        cut.Find("tr[data-field=CollectsInBackground] ins").TextContent.ShouldBe("是");
        cut.Find("tr[data-field=InformationItems] ins").TextContent.ShouldBe("OAID、精准定位信息");
        cut.Find("tr[data-field=Purpose] del").TextContent.ShouldBe("—");
    }

    [Theory]
    [InlineData(EntryStatus.Active, "有效", "mud-chip-color-success")]
    [InlineData(EntryStatus.Suspended, "暂停", "mud-chip-color-warning")]
    [InlineData(EntryStatus.Retired, "已退出", "mud-chip-color-default")]
    public void StatusChip_SaysTheStatusInItsColour(EntryStatus status, string text, string colour)
    {
        var cut = Render<EntryStatusChip>(p => p.Add(c => c.Status, status));

        var chip = cut.Find($"[data-status={status}]");
        chip.TextContent.ShouldContain(text);
        chip.ClassList.ShouldContain(colour);
    }
}
