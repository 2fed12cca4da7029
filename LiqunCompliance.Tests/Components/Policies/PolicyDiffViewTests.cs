using Bunit;
using LiqunCompliance.Web.Features.Policies;

namespace LiqunCompliance.Tests.Components.Policies;

public sealed class PolicyDiffViewTests : ComponentTestContext
{
    private static readonly string Before = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"第 {i} 段，保持不变。").Prepend("# 政策").Append("我们将在15个工作日内回复。"));
    private static readonly string After = Before.Replace("15个工作日", "10个工作日", StringComparison.Ordinal);

    [Fact]
    public void SideBySide_MarksTheChangedCharacters_AndFoldsLongUnchangedStretches()
    {
        var cut = Render<PolicyDiffView>(p => p.Add(c => c.Before, Before).Add(c => c.After, After).Add(c => c.BeforeTitle, "2024-01-01").Add(c => c.AfterTitle, "2027.01"));

        cut.Find("del").TextContent.ShouldBe("5");
        cut.Find("ins").TextContent.ShouldBe("0");
        cut.Find("tr.diff-gap").TextContent.ShouldContain("段未改动");
        cut.FindAll("tr.diff-unchanged").Count.ShouldBe(2);
        cut.FindAll("th").Select(h => h.TextContent).ShouldBe(["2024-01-01", "2027.01"]);
    }

    [Fact]
    public void Inline_ShowsDeletionAndInsertionInOneParagraph()
    {
        var cut = Render<PolicyDiffView>(p => p.Add(c => c.Before, Before).Add(c => c.After, After).Add(c => c.Inline, true));

        var changed = cut.Find("p.diff-modified");
        changed.QuerySelector("del")!.TextContent.ShouldBe("5");
        changed.QuerySelector("ins")!.TextContent.ShouldBe("0");
        changed.TextContent.ShouldBe("我们将在1" + "5" + "0" + "个工作日内回复。");
    }

    [Theory]
    [InlineData(false, "tr.diff-gap")]
    [InlineData(true, "p.diff-gap")]
    public void AChangeAtTheStart_FoldsTheRestOfThePolicy_AndSaysHowMuch(bool inline, string gap)
    {
        var after = Before.Replace("# 政策", "# 利群网商隐私政策", StringComparison.Ordinal);

        var cut = Render<PolicyDiffView>(p => p.Add(c => c.Before, Before).Add(c => c.After, after).Add(c => c.Inline, inline));

        // 14 paragraphs: the changed title, 2 unchanged kept after it, the remaining 11 folded at the end.
        var gaps = cut.FindAll(gap);
        gaps.Count.ShouldBe(1);
        gaps[0].TextContent.ShouldContain("11");
        cut.Markup.ShouldNotContain("第 12 段");
    }

    [Fact]
    public void SameText_SaysSo()
    {
        var cut = Render<PolicyDiffView>(p => p.Add(c => c.Before, Before).Add(c => c.After, Before));

        cut.Find("[data-testid=diff-identical]").TextContent.ShouldContain("正文相同");
    }
}
