using LiqunCompliance.Web.Features.Policies;

namespace LiqunCompliance.Tests.Web.Policies;

public sealed class PolicyMarkdownAndDiffTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[点我](javascript:alert(1))", "href=\"javascript")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a href")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "href=\"data")]
    public void Html_IsHarmless_RawHtmlIsTextAndUnsafeLinksAreDropped(string markdown, string forbidden)
    {
        PolicyMarkdown.ToHtml("# 标题\n\n" + markdown).ShouldNotContain(forbidden, Case.Insensitive);
    }

    [Fact]
    public void Html_KeepsHeadingsParagraphsTablesAndSafeLinks()
    {
        var html = PolicyMarkdown.ToHtml("# 利群网商隐私政策\n\n## 一、我们如何收集\n\n正文，详见[官网](https://www.liqun.example/privacy)。\n\n| 项目 | 说明 |\n|---|---|\n| 位置 | 选择收货地址 |");

        html.ShouldContain("<h1");
        html.ShouldContain("一、我们如何收集</h2>");
        html.ShouldContain("href=\"https://www.liqun.example/privacy\"");
        html.ShouldContain("<table>");
    }

    [Fact]
    public void Outline_ListsHeadingsWithAnchors()
    {
        var outline = PolicyMarkdown.Outline("# 利群网商隐私政策\n\n## 引言\n\n正文\n\n### (一)共享\n\n正文");

        outline.Select(o => (o.Level, o.Text)).ShouldBe([(1, "利群网商隐私政策"), (2, "引言"), (3, "(一)共享")]);
        outline.ShouldAllBe(o => o.Anchor.Length > 0);
    }

    [Fact]
    public void Blocks_HeadingsParagraphsAndBullets_ForThePdf()
    {
        var blocks = PolicyMarkdown.Blocks("# 标题\n\n第一段**加粗**。\n\n- 第一项\n- 第二项");

        blocks.ShouldBe([new TextBlock(1, "标题"), new TextBlock(0, "第一段加粗。"), new TextBlock(0, "• 第一项"), new TextBlock(0, "• 第二项")]);
    }

    [Fact]
    public void Diff_ChangeInsideAChineseSentence_IsCharacterExact()
    {
        const string before = "# 政策\n\n我们将在15个工作日内回复。\n\n不变的段落。";
        const string after = "# 政策\n\n我们将在10个工作日内回复。\n\n不变的段落。";

        var inline = PolicyDiff.Inline(before, after);

        var changed = inline.Single(p => p.Kind == DiffKind.Modified);
        changed.Runs.ShouldBe([
            new DiffRun("我们将在1", DiffKind.Unchanged), new DiffRun("5", DiffKind.Deleted), new DiffRun("0", DiffKind.Inserted),
            new DiffRun("个工作日内回复。", DiffKind.Unchanged)]);
        inline.Count(p => p.Kind == DiffKind.Unchanged).ShouldBeGreaterThanOrEqualTo(2);
        var row = PolicyDiff.SideBySide(before, after).Single(r => r.Kind == DiffKind.Modified);
        row.Old.ShouldContain(r => r.Kind == DiffKind.Deleted && r.Text == "5");
        row.New.ShouldContain(r => r.Kind == DiffKind.Inserted && r.Text == "0");
    }

    [Fact]
    public void Diff_AddedAndRemovedParagraphs_AreCounted()
    {
        const string before = "# 政策\n\n旧段落。\n\n保留。";
        const string after = "# 政策\n\n保留。\n\n新增的段落：第三方 SDK 清单。";

        var (added, removed, changed) = PolicyDiff.Count(before, after);

        (added + changed).ShouldBeGreaterThan(0);
        (removed + changed).ShouldBeGreaterThan(0);
        PolicyDiff.Inline(before, after).ShouldContain(p => p.Runs.Any(r => r.Kind == DiffKind.Inserted && r.Text.Contains("第三方 SDK")));
        PolicyDiff.Count(before, before).ShouldBe((0, 0, 0));
    }
}
