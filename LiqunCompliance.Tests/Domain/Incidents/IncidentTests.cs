using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Incidents;

public sealed class IncidentTests
{
    private static readonly Actor Officer = new("u1", "李娜", true);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly GradingThresholds Thresholds = GradingThresholds.Default;

    private static Incident New() => Incident.Log("INC-2026-0001", "推送 SDK 配置错误导致订单通知外泄", IncidentCategory.ThirdPartyOrSdk, Now.AddHours(-2), Now.AddHours(-30), Officer, Now);

    private static IncidentFacts Facts(long people, bool sensitive = false, decimal loss = 0, double outage = 0) => new(
        "推送 SDK 配置错误导致订单通知外泄", IncidentCategory.ThirdPartyOrSdk, Now.AddHours(-2), Now.AddHours(-30), people / 2, people, sensitive, loss, outage,
        ["order", "phone"], [], "推送服务", "App 研发部", null);

    [Theory]
    [InlineData(999_999, false, 0, 0, IncidentGrade.General)]
    [InlineData(1_000_000, false, 0, 0, IncidentGrade.Significant)]
    [InlineData(100_000, true, 0, 0, IncidentGrade.General)] // no divisor for sensitive information: no source gives one
    [InlineData(1_000_000, true, 0, 0, IncidentGrade.Significant)]
    [InlineData(10_000_000, false, 0, 0, IncidentGrade.Major)]
    [InlineData(100_000_000, false, 0, 0, IncidentGrade.ExtraordinarilyMajor)]
    [InlineData(10, false, 5_000_000, 0, IncidentGrade.Significant)]
    [InlineData(10, false, 0, 24, IncidentGrade.ExtraordinarilyMajor)]
    public void Grading_HighestGradeAnyFactReaches(long people, bool sensitive, decimal loss, double outage, IncidentGrade expected)
    {
        var proposal = GradingAssistant.Propose(new GradingFacts(people, sensitive, loss, outage), Thresholds);

        proposal.Grade.ShouldBe(expected);
        (proposal.Reasons.Count > 0).ShouldBe(expected != IncidentGrade.General);
    }

    [Fact]
    public void ReportingClock_FourHours_OneForCriticalInfrastructure_TwoForStateOrgans_OnlyFromSignificant()
    {
        GradingAssistant.MustReport(IncidentGrade.General).ShouldBeFalse();
        GradingAssistant.MustReport(IncidentGrade.Significant).ShouldBeTrue();
        GradingAssistant.ReportDeadline(Now, Thresholds).ShouldBe(Now.AddHours(4));
        GradingAssistant.ReportDeadline(Now, Thresholds with { Operator = OperatorKind.CriticalInformationInfrastructure }).ShouldBe(Now.AddHours(1));
        GradingAssistant.ReportDeadline(Now, Thresholds with { Operator = OperatorKind.CentralStateOrgan }).ShouldBe(Now.AddHours(2));

        var incident = New();
        incident.ReportDueAt(Thresholds).ShouldBeNull();
        incident.UpdateFacts(Facts(2_000_000), Thresholds, Officer, Now);
        incident.ProposedGrade.ShouldBe(IncidentGrade.Significant);
        incident.ReportDueAt(Thresholds).ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public void ConfirmGrade_OverrideNeedsAReason_EveryChangeOnTheTimeline()
    {
        var incident = New();
        incident.UpdateFacts(Facts(50_000), Thresholds, Officer, Now);
        incident.ConfirmGrade(IncidentGrade.General, null, Officer, Now);
        Should.Throw<IncidentRuleException>(() => incident.ConfirmGrade(IncidentGrade.Significant, " ", Officer, Now)).Rule.ShouldBe(IncidentRule.ReasonRequired);
        incident.ConfirmGrade(IncidentGrade.Significant, "涉及支付信息，从严定级", Officer, Now);

        incident.EffectiveGrade.ShouldBe(IncidentGrade.Significant);
        incident.Events.Count(e => e.Kind == IncidentEventKind.GradeConfirmed).ShouldBe(2);
        incident.Events.Last().Detail!.ShouldContain("General|Significant");
    }

    [Fact]
    public void Lifecycle_InOrder_ClosingNeedsContainmentAndResolution()
    {
        var incident = New();
        Should.Throw<IncidentRuleException>(() => incident.MoveTo(IncidentStatus.Closed, null, Officer, Now)).Rule.ShouldBe(IncidentRule.IllegalTransition);
        Should.Throw<IncidentRuleException>(() => incident.MoveTo(IncidentStatus.Contained, Now.AddHours(-3), Officer, Now)).Rule.ShouldBe(IncidentRule.ContainedBeforeDiscovery);
        Should.Throw<IncidentRuleException>(() => incident.MoveTo(IncidentStatus.Contained, Now.AddHours(1), Officer, Now)).Rule.ShouldBe(IncidentRule.TimeInFuture);
        incident.MoveTo(IncidentStatus.Contained, Now.AddHours(-1), Officer, Now);
        incident.MoveTo(IncidentStatus.Investigating, null, Officer, Now);
        incident.MoveTo(IncidentStatus.Remediated, Now, Officer, Now);
        incident.MoveTo(IncidentStatus.Closed, null, Officer, Now);

        incident.Status.ShouldBe(IncidentStatus.Closed);
        incident.ContainedAt.ShouldBe(Now.AddHours(-1));
        incident.ResolvedAt.ShouldBe(Now);
    }

    [Fact]
    public void BadTimes_Refused()
    {
        Should.Throw<IncidentRuleException>(() => Incident.Log("INC-1", "x", IncidentCategory.Other, Now.AddHours(1), null, Officer, Now)).Rule.ShouldBe(IncidentRule.TimeInFuture);
        Should.Throw<IncidentRuleException>(() => Incident.Log("INC-1", "x", IncidentCategory.Other, Now, Now.AddMinutes(1), Officer, Now.AddMinutes(10))).Rule.ShouldBe(IncidentRule.OccurredAfterDiscovery);
        Should.Throw<IncidentRuleException>(() => Incident.Log("INC-1", " ", IncidentCategory.Other, Now, null, Officer, Now)).Rule.ShouldBe(IncidentRule.TitleRequired);

        var incident = New();
        incident.ConfirmGrade(IncidentGrade.General, null, Officer, Now);
        var draft = incident.StartReport(RegulatorReportKind.Initial, ReportTests.Complete(RegulatorReportKind.Initial), "山东省委网信办", Officer, Now);
        Should.Throw<IncidentRuleException>(() => incident.MarkReportSent(draft.Id, null, Now.AddHours(-3), null, Officer, Now)).Rule.ShouldBe(IncidentRule.ReportBeforeDiscovery);
        Should.Throw<IncidentRuleException>(() => incident.MarkReportSent(draft.Id, null, Now.AddHours(1), null, Officer, Now)).Rule.ShouldBe(IncidentRule.TimeInFuture);
        Should.Throw<IncidentRuleException>(() => incident.UpdateFacts(Facts(10) with { PeopleAffectedMin = 20 }, Thresholds, Officer, Now)).Rule.ShouldBe(IncidentRule.PeopleRangeInvalid);
        incident.MarkReportSent(draft.Id, null, Now.AddHours(-1), "SD-2026-1", Officer, Now);
        incident.InitialReportSent.ShouldBeTrue();
    }

    [Fact]
    public void NoNotification_NeedsAWrittenJustification()
    {
        var incident = New();
        Should.Throw<IncidentRuleException>(() => incident.DecideNotToNotify("无", Officer, Now)).Rule.ShouldBe(IncidentRule.JustificationRequired);
        incident.DecideNotToNotify("数据在外泄前已被加密且密钥未泄露，采取的措施已有效避免危害。", Officer, Now);
        incident.NoNotificationJustification.ShouldNotBeNull();
        Should.Throw<IncidentRuleException>(() => incident.RecordNotice(NoticeChannelKind.Email, "zh-CN", "t", "s", "b", 0, Officer, Now)).Rule.ShouldBe(IncidentRule.NoRecipients);
    }

    [Fact]
    public void Template_EveryElementMustBeATaggedNonEmptySection()
    {
        const string complete = "[[InformationTypes]]涉及：{{ incident.information_types }}[[/InformationTypes]]\n[[Cause]]原因：{{ incident.cause }}[[/Cause]]\n"
            + "[[PossibleHarm]]可能的危害：{{ incident.possible_harm }}[[/PossibleHarm]]\n[[MeasuresTaken]]已采取：{{ incident.measures_taken }}[[/MeasuresTaken]]\n"
            + "[[UserActions]]您可以：{{ incident.user_actions }}[[/UserActions]]\n[[Remedies]]补救：{{ incident.remedies }}[[/Remedies]]\n[[Contact]]联系：{{ incident.contact }}[[/Contact]]";

        NoticeTemplate.Missing(complete).ShouldBeEmpty();
        NoticeTemplate.Missing(complete.Replace("[[Remedies]]补救：{{ incident.remedies }}[[/Remedies]]", string.Empty, StringComparison.Ordinal)).ShouldBe([NoticeElement.Remedies]);
        NoticeTemplate.Missing(complete.Replace("[[Cause]]原因：{{ incident.cause }}[[/Cause]]", "[[Cause]] [[/Cause]]", StringComparison.Ordinal)).ShouldBe([NoticeElement.Cause]);
        NoticeTemplate.Missing(complete.Replace("[[/Contact]]", "[[/Remedies]]", StringComparison.Ordinal)).ShouldContain(NoticeElement.Contact);
        NoticeTemplate.StripMarkers(complete).ShouldNotContain("[[");
        NoticeTemplate.Create("邮件", NoticeChannelKind.Email, "zh-CN", "通知", complete).IsComplete.ShouldBeTrue();
        Should.Throw<IncidentRuleException>(() => NoticeTemplate.Create("x", NoticeChannelKind.Email, "fr-FR", "s", complete));
    }

    [Fact]
    public void Narrative_MissingElementsListed()
    {
        new IncidentNarrative(Cause: "配置错误", Contact: "dzsw@iliqun.com").Missing
            .ShouldBe([NoticeElement.InformationTypes, NoticeElement.PossibleHarm, NoticeElement.MeasuresTaken, NoticeElement.UserActions, NoticeElement.Remedies]);
    }

    [Fact]
    public void Thresholds_DefaultsValid_InconsistentOnesNot()
    {
        Thresholds.IsValid.ShouldBeTrue();
        (Thresholds with { Major = Thresholds.Major with { People = 500 } }).IsValid.ShouldBeFalse();
        (Thresholds with { FinalReportWithinDays = 0 }).IsValid.ShouldBeFalse();
    }
}
