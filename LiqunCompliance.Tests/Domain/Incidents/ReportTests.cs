using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;

namespace LiqunCompliance.Tests.Domain.Incidents;

/// <summary>Reports to the regulator: the fields each kind requires, draft → sent, the order of kinds, recipients, and the summary report's clock.</summary>
public sealed class ReportTests
{
    private static readonly Actor Officer = new("u1", "李娜", true);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    internal static Dictionary<ReportField, string> Complete(RegulatorReportKind kind) => RegulatorReportForm.Fields(kind).ToDictionary(f => f, f => $"{f} 的内容");

    private static Incident Reportable()
    {
        var incident = Incident.Log("INC-2026-0009", "撞库攻击", IncidentCategory.UnauthorisedAccess, Now.AddHours(-2), Now.AddHours(-5), Officer, Now.AddHours(-2));
        incident.UpdateFacts(new IncidentFacts("撞库攻击", IncidentCategory.UnauthorisedAccess, Now.AddHours(-2), Now.AddHours(-5), 1_200_000, 1_200_000, true, 0, 0, ["account"], [], "会员登录服务", "安全运营中心", null),
            GradingThresholds.Default, Officer, Now.AddHours(-2));
        return incident;
    }

    [Fact]
    public void EachKind_HasItsOwnRequiredFields()
    {
        var initial = RegulatorReportForm.Fields(RegulatorReportKind.Initial);
        initial.ShouldContain(ReportField.ReportingUnit);
        initial.ShouldContain(ReportField.CreditCode);
        initial.ShouldContain(ReportField.EvidencePreserved);
        initial.ShouldContain(ReportField.InvestigationLeads);
        initial.ShouldContain(ReportField.GradeBasis);
        initial.Count.ShouldBe(19);
        RegulatorReportForm.Fields(RegulatorReportKind.Supplement).ShouldContain(ReportField.ChangedFacts);
        RegulatorReportForm.Fields(RegulatorReportKind.Supplement).ShouldNotContain(ReportField.RootCause);
        var summary = RegulatorReportForm.Fields(RegulatorReportKind.Final);
        summary.ShouldBe([.. summary.Distinct()]);
        new[] { ReportField.RootCause, ReportField.FinalImpact, ReportField.MeasuresAndEffect, ReportField.Accountability, ReportField.Improvements }.ShouldAllBe(f => summary.Contains(f));

        var partial = Complete(RegulatorReportKind.Initial);
        partial[ReportField.CauseKnown] = "  ";
        partial.Remove(ReportField.NextSteps);
        RegulatorReportForm.Missing(RegulatorReportKind.Initial, partial).ShouldBe([ReportField.CauseKnown, ReportField.NextSteps]);
        RegulatorReportForm.Clean(RegulatorReportKind.Supplement, Complete(RegulatorReportKind.Final)).Keys.ShouldNotContain(ReportField.RootCause);
    }

    [Fact]
    public void Draft_ThenSent_OnlyWhenCompleteAndTheGradeConfirmed_ThenNeverChanges()
    {
        var incident = Reportable();
        var fields = Complete(RegulatorReportKind.Initial);
        fields.Remove(ReportField.EvidencePreserved);
        var draft = incident.StartReport(RegulatorReportKind.Initial, fields, "山东省委网信办", Officer, Now);
        draft.Status.ShouldBe(ReportStatus.Draft);
        incident.InitialReportSent.ShouldBeFalse();
        Should.Throw<IncidentRuleException>(() => incident.StartReport(RegulatorReportKind.Initial, fields, null, Officer, Now)).Rule.ShouldBe(IncidentRule.DraftAlreadyOpen);

        var missing = Should.Throw<IncidentRuleException>(() => incident.MarkReportSent(draft.Id, null, Now, null, Officer, Now));
        missing.Rule.ShouldBe(IncidentRule.ReportFieldsMissing);
        missing.Detail.ShouldBe("1");

        incident.EditReport(draft.Id, Complete(RegulatorReportKind.Initial), null, Officer, Now);
        Should.Throw<IncidentRuleException>(() => incident.MarkReportSent(draft.Id, null, Now, null, Officer, Now)).Rule.ShouldBe(IncidentRule.GradeNotConfirmed);
        incident.ConfirmGrade(IncidentGrade.Significant, null, Officer, Now);
        incident.MarkReportSent(draft.Id, " ", Now, "12387-001", Officer, Now);

        draft.Status.ShouldBe(ReportStatus.Sent);
        draft.Recipient.ShouldBe("山东省委网信办");
        draft.SentAt.ShouldBe(Now);
        incident.InitialReportSent.ShouldBeTrue();
        Should.Throw<IncidentRuleException>(() => incident.EditReport(draft.Id, fields, null, Officer, Now)).Rule.ShouldBe(IncidentRule.ReportAlreadySent);
        Should.Throw<IncidentRuleException>(() => incident.DiscardReport(draft.Id, Officer, Now)).Rule.ShouldBe(IncidentRule.ReportAlreadySent);
        incident.Events.Select(e => e.Kind).ShouldContain(IncidentEventKind.ReportSent);
    }

    [Fact]
    public void FollowUpNeedsTheInitialReport_SummaryNeedsHandlingEnded_AndIsSentOnce()
    {
        var incident = Reportable();
        incident.ConfirmGrade(IncidentGrade.Significant, null, Officer, Now);
        Should.Throw<IncidentRuleException>(() => incident.StartReport(RegulatorReportKind.Supplement, null, "x", Officer, Now)).Rule.ShouldBe(IncidentRule.ReportNeedsInitial);
        var initial = incident.StartReport(RegulatorReportKind.Initial, Complete(RegulatorReportKind.Initial), "山东省委网信办", Officer, Now);
        incident.MarkReportSent(initial.Id, null, Now, null, Officer, Now);

        var followUp = incident.StartReport(RegulatorReportKind.Supplement, Complete(RegulatorReportKind.Supplement), null, Officer, Now);
        incident.MarkReportSent(followUp.Id, "山东省委网信办", Now, null, Officer, Now);
        var second = incident.StartReport(RegulatorReportKind.Supplement, null, null, Officer, Now);
        incident.DiscardReport(second.Id, Officer, Now);
        incident.Reports.Count.ShouldBe(2);

        Should.Throw<IncidentRuleException>(() => incident.StartReport(RegulatorReportKind.Final, null, null, Officer, Now)).Rule.ShouldBe(IncidentRule.SummaryNeedsResolution);
        incident.MoveTo(IncidentStatus.Contained, Now, Officer, Now);
        incident.MoveTo(IncidentStatus.Investigating, null, Officer, Now);
        incident.MoveTo(IncidentStatus.Remediated, Now, Officer, Now);
        incident.SummaryReportOwed.ShouldBeTrue();
        var summary = incident.StartReport(RegulatorReportKind.Final, Complete(RegulatorReportKind.Final), "山东省委网信办", Officer, Now);
        incident.MarkReportSent(summary.Id, null, Now, null, Officer, Now);
        incident.SummaryReportOwed.ShouldBeFalse();
        Should.Throw<IncidentRuleException>(() => incident.StartReport(RegulatorReportKind.Final, null, null, Officer, Now)).Rule.ShouldBe(IncidentRule.SummaryAlreadySent);
    }

    [Fact]
    public void Recipients_FollowTheOperatorKind()
    {
        ReportingRoute.For(OperatorKind.Ordinary).Recipients.ShouldBe([ReportRecipient.ProvincialCac]);
        ReportingRoute.For(OperatorKind.Ordinary).WithinHours.ShouldBe(4);
        ReportingRoute.For(OperatorKind.CriticalInformationInfrastructure).Recipients.ShouldBe([ReportRecipient.ProtectionDepartment, ReportRecipient.PublicSecurityOrgan]);
        ReportingRoute.For(OperatorKind.CriticalInformationInfrastructure).Recipients.ShouldNotContain(ReportRecipient.ProvincialCac);
        ReportingRoute.For(OperatorKind.CriticalInformationInfrastructure).WithinHours.ShouldBe(1);
        ReportingRoute.For(OperatorKind.CentralStateOrgan).Recipients.ShouldBe([ReportRecipient.DepartmentCyberOffice]);
        ReportingRoute.For(OperatorKind.CentralStateOrgan).WithinHours.ShouldBe(2);
    }

    // The shipped 2026 calendar: 中秋节 09-25..09-27, 国庆节 10-01..10-07, make-up working days 09-20 (Sunday) and 10-10 (Saturday).
    private static WorkdayCalendar Calendar() => new(CalendarNotice.Seed());

    [Theory]
    [InlineData(SummaryDayCount.CalendarDays, 30, "2026-09-20", "2026-10-20")] // 30 days later, a Tuesday
    [InlineData(SummaryDayCount.CalendarDays, 30, "2026-09-04", "2026-10-08")] // 10-04 falls in 国庆节: moved to the next working day
    [InlineData(SummaryDayCount.WorkingDays, 5, "2026-09-28", "2026-10-10")] // 9-29, 9-30, 10-08, 10-09, 10-10 (make-up Saturday)
    [InlineData(SummaryDayCount.WorkingDays, 1, "2026-09-19", "2026-09-20")] // the make-up Sunday counts
    public void SummaryClock_CalendarOrWorkingDays_AcrossHolidays(SummaryDayCount count, int days, string resolved, string expected)
    {
        var thresholds = GradingThresholds.Default with { FinalReportWithinDays = days, FinalReportDayCount = count };
        var ended = ChinaTime.StartOfDay(DateOnly.Parse(resolved, System.Globalization.CultureInfo.InvariantCulture)).AddHours(15);

        var due = SummaryReportClock.Due(ended, thresholds, Calendar());

        due.Date.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        ChinaTime.ToShanghai(due.EndsAt).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("23:59:59");
        due.UncoveredYears.ShouldBeEmpty();
    }

    [Fact]
    public void SummaryClock_RunsOnlyWhileTheSummaryIsOwed()
    {
        var incident = Reportable();
        SummaryReportClock.Due(incident, GradingThresholds.Default, Calendar()).ShouldBeNull(); // handling not ended
        incident.MoveTo(IncidentStatus.Contained, Now, Officer, Now);
        incident.MoveTo(IncidentStatus.Investigating, null, Officer, Now);
        incident.MoveTo(IncidentStatus.Remediated, Now, Officer, Now);
        SummaryReportClock.Due(incident, GradingThresholds.Default, Calendar())!.Date.ShouldBe(new DateOnly(2026, 12, 24));
    }
}
