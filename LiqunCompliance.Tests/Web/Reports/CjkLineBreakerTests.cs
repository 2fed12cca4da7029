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
    public void Wrap_Mixed_KeepsLatinWordsWholeWhenTheyFit()
    {
        CjkLineBreaker.Wrap("请拨打4006888688咨询", 10, Measure).ShouldBe(["请拨打", "4006888688", "咨询"]);
    }

    [Fact]
    public void Wrap_AWordWiderThanTheLine_IsCutInsideTheCell()
    {
        // A permission name in a narrow column: every line fits, nothing is lost.
        var lines = CjkLineBreaker.Wrap("ACCESS_FINE_LOCATION, READ_PHONE_STATE", 8, Measure);

        lines.ShouldAllBe(l => Measure(l) <= 8);
        string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal).ShouldBe("ACCESS_FINE_LOCATION,READ_PHONE_STATE");
    }

    [Theory]
    [InlineData("根据《个人信息保护法》办理", 6)]
    [InlineData("详见隐私政策（五.5）所述", 7)]
    [InlineData("我们称之为“微笑面单”的做法", 7)]
    public void Wrap_NoLineEndsWithAnOpeningBracketOrQuote_NoneStartsWithAClosingOne(string text, double width)
    {
        var lines = CjkLineBreaker.Wrap(text, width, Measure);

        lines.ShouldAllBe(l => Measure(l) <= width + 1);
        lines.Select(l => l.Length > 0 ? l[^1] : ' ').ShouldNotContain(c => "（《“「".Contains(c, StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Length > 0 && "）》”」，。".Contains(l[0], StringComparison.Ordinal));
        string.Concat(lines).ShouldBe(text);
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
