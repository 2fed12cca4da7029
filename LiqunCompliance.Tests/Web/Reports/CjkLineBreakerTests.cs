using LiqunCompliance.Web.Reports.Pdf;

namespace LiqunCompliance.Tests.Web.Reports;

public sealed class CjkLineBreakerTests
{
    // Every character is 1 unit wide: easy to reason about.
    private static double Measure(string s) => s.Length;

    [Fact]
    public void Wrap_ChineseWithoutSpaces_BreaksBetweenCharacters()
    {
        CjkLineBreaker.Wrap("个人信息保护合规平台", 4, Measure).ShouldBe(["个人信息", "保护合规", "平台"]);
    }

    [Fact]
    public void Wrap_ClosingPunctuation_NeverStartsALine()
    {
        var lines = CjkLineBreaker.Wrap("我们已收悉，正在处理。", 5, Measure);

        lines.ShouldBe(["我们已收悉，", "正在处理。"]);
        lines.ShouldAllBe(l => l.Length == 0 || !"，。；：）」".Contains(l[0]));
    }

    [Fact]
    public void Wrap_LatinWords_BreakAtSpaces()
    {
        CjkLineBreaker.Wrap("answer your request today", 12, Measure).ShouldBe(["answer your", "request", "today"]);
    }

    [Fact]
    public void Wrap_Mixed_KeepsLatinWordsWhole()
    {
        var lines = CjkLineBreaker.Wrap("请拨打4006888688咨询", 8, Measure);

        // A Latin word longer than the width stays whole on its own line rather than being cut.
        lines.ShouldBe(["请拨打", "4006888688", "咨询"]);
    }

    [Fact]
    public void Wrap_NewLines_StartNewLinesAndKeepBlankOnes()
    {
        CjkLineBreaker.Wrap("第一行\n\n第三行", 10, Measure).ShouldBe(["第一行", "", "第三行"]);
    }

    [Fact]
    public void Wrap_NothingLost()
    {
        const string text = "您于2026-10-03通过利群网商 App向利群网商提出的“咨询”请求（编号 LQ-2026-000055）已收悉。";

        var lines = CjkLineBreaker.Wrap(text, 9, Measure);

        string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal).ShouldBe(text.Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
