using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;

namespace LiqunCompliance.Tests.Domain.Incidents;

public sealed class NoticeWordingTests
{
    [Theory]
    [InlineData("个人信息可能被他人看到", "可能", "。", "个人信息可能被他人看到。")] // the fact already says 可能
    [InlineData("被他人看到", "可能", "。", "可能被他人看到。")]
    [InlineData("已于11月20日停用错误配置", "我们已", "。", "我们已于11月20日停用错误配置。")] // merged where they meet
    [InlineData("停用错误配置。", "我们已", "。", "我们已停用错误配置。")] // the fact's own full stop gives way
    [InlineData("因为通道配置错误", "因", "，", "因为通道配置错误，")]
    [InlineData("  ", "可能", "。", "")]
    public void Clause_NeverDoublesTheLeadOrTheStop(string fact, string lead, string end, string expected) =>
        NoticeWording.Clause(fact, lead, end).ShouldBe(expected);

    [Fact]
    public void Tidy_KeepsTheTemplatesMark_ChineseDetected()
    {
        NoticeWording.Tidy("涉及信息：订单号。；原因：配置错误。。").ShouldBe("涉及信息：订单号；原因：配置错误。");
        NoticeWording.ContainsChinese("Contact us: dzsw@iliqun.com").ShouldBeFalse();
        NoticeWording.ContainsChinese("Cause: 配置错误").ShouldBeTrue();
        NoticeWording.ContainsChinese("Cause：misconfiguration").ShouldBeTrue(); // a full-width colon is Chinese typography
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(70, 1)]
    [InlineData(71, 2)] // past 70 each segment carries 67
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Sms_ChineseIsBilled70ThenPer67(int length, int segments) =>
        SmsLength.Segments(new string('利', length)).ShouldBe(segments);

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Sms_Gsm7IsBilled160ThenPer153(int length, int segments) =>
        SmsLength.Segments(new string('a', length)).ShouldBe(segments);

    [Fact]
    public void Sms_OneChineseCharacterMakesTheWholeMessageUnicode_ExtensionCharactersCountTwice()
    {
        SmsLength.Segments(new string('a', 100) + "利").ShouldBe(2);
        SmsLength.Characters("{a}").ShouldBe(5);
    }

    [Theory]
    [InlineData(100_000_000, "zh-CN", "1亿")]
    [InlineData(10_000_000, "zh-CN", "1000万")]
    [InlineData(1_000_000, "zh-CN", "100万")]
    [InlineData(125_000, "zh-CN", "12.5万")]
    [InlineData(150_000_000, "zh-CN", "1.5亿")]
    [InlineData(9_999, "zh-CN", "9999")]
    [InlineData(100_000_000, "en-US", "100,000,000")]
    [InlineData(1_000_000, "en-US", "1,000,000")]
    public void LargeNumbers_AsPeopleReadThem(long value, string culture, string expected) =>
        LargeNumber.Format(value, CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);

    [Fact]
    public void Sources_EveryThresholdHasOne_UnconfirmedOnesSayWhy()
    {
        foreach (var grade in new[] { IncidentGrade.ExtraordinarilyMajor, IncidentGrade.Major, IncidentGrade.Significant })
        {
            foreach (var fact in new[] { "People", "EconomicLossYuan", "OutageHours" })
            {
                GradingSources.ForThreshold(grade, fact).Basis.ShouldNotBeNullOrWhiteSpace();
            }
        }

        GradingSources.ForThreshold(IncidentGrade.ExtraordinarilyMajor, "People").Confirmed.ShouldBeTrue();
        GradingSources.ForThreshold(IncidentGrade.Major, "People").Confirmed.ShouldBeFalse();
        GradingSources.For("FinalReportWithinDays").Confirmed.ShouldBeFalse();
        GradingSources.All.ShouldNotContain(s => s.Key.Contains("Divisor", StringComparison.Ordinal));
    }
}
