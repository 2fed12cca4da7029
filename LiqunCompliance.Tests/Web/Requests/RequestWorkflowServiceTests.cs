using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests.DeadlineRules;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>The hotline flow through the services: a supervisor takes a request, an officer verifies, works and answers it.</summary>
public sealed class RequestWorkflowServiceTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HotlineRequest_TakenVerifiedWorkedAnswered_Completes()
    {
        var id = await IntakeAsync(RequestType.Correction);

        await using (var officer = AsOfficer())
        {
            var workflow = Workflow(officer);
            var detail = (await workflow.GetAsync(id, Ct))!;
            detail.Summary.DueDate.ShouldBeNull();
            (await workflow.VerifyIdentityAsync(id, detail.Version, VerificationMethod.IdDocumentSighted, TestClock.Now.AddMinutes(-1), Ct)).Succeeded.ShouldBeTrue();
            detail = (await workflow.GetAsync(id, Ct))!;
            detail.Summary.Status.ShouldBe(RequestStatus.InProgress);
            detail.Summary.DueDate.ShouldNotBeNull();
            (await workflow.AddNoteAsync(id, detail.Version, "已核对原地址", Ct)).Succeeded.ShouldBeTrue();
            detail = (await workflow.GetAsync(id, Ct))!;
            (await workflow.RecordAnswerSentAsync(id, detail.Version, RequestChannel.Email, TestClock.Now, Ct)).Succeeded.ShouldBeTrue();
            detail = (await workflow.GetAsync(id, Ct))!;
            (await workflow.CompleteAsync(id, detail.Version, "地址已更正", cancellationToken: Ct)).Succeeded.ShouldBeTrue();

            var done = (await workflow.GetAsync(id, Ct))!;
            done.Summary.Status.ShouldBe(RequestStatus.Completed);
            done.Summary.Standing.ShouldBe(DeadlineStanding.ClosedOnTime);
            done.Events.Select(e => e.Kind).ShouldBe([RequestEventKind.Received, RequestEventKind.IdentityVerified, RequestEventKind.NoteAdded, RequestEventKind.AnswerSent, RequestEventKind.Completed]);
        }
    }

    [Fact]
    public async Task StaleVersion_ConflictReportedAndNothingChanged()
    {
        var id = await IntakeAsync(RequestType.Access);
        await using var officer = AsOfficer();
        var workflow = Workflow(officer);
        var seen = (await workflow.GetAsync(id, Ct))!.Version;
        (await workflow.AddNoteAsync(id, seen, "第一位专员的备注", Ct)).Succeeded.ShouldBeTrue();

        var second = await workflow.RequestVerificationAsync(id, seen, Ct);

        second.Succeeded.ShouldBeFalse();
        second.Errors.Single().ShouldContain("他人修改了该请求");
        (await workflow.GetAsync(id, Ct))!.Summary.Status.ShouldBe(RequestStatus.Received);
    }

    [Fact]
    public async Task Reject_BySupervisor_RefusedByPolicy()
    {
        var id = await IntakeAsync(RequestType.Access);
        await using var supervisor = AsSupervisor();
        var workflow = Workflow(supervisor);
        var version = (await workflow.GetAsync(id, Ct))!.Version;

        await Should.ThrowAsync<UnauthorizedAccessException>(() => workflow.RejectAsync(id, version, RefusalReason.GroundlessRepetition, "无端重复", Ct));
    }

    [Fact]
    public async Task Reject_ByOfficerWhoTookItIn_RefusedWithReason()
    {
        Guid id;
        await using (var officer = AsOfficer())
        {
            var result = await officer.ServiceProvider.GetRequiredService<RequestIntakeService>().IntakeAsync(Form(RequestType.Access), Ct);
            id = result.Value!.Id!.Value;
        }

        await using var same = AsOfficer();
        var workflow = Workflow(same);
        var outcome = await workflow.RejectAsync(id, (await workflow.GetAsync(id, Ct))!.Version, RefusalReason.GroundlessRepetition, "无端重复", Ct);

        outcome.Errors.ShouldBe(["受理人不能拒绝自己受理的请求，须由另一位个人信息保护专员决定。"]);
    }

    [Fact]
    public async Task Reject_ByAnotherOfficerWithReason_LetterTellsRightsToComplainOrSue()
    {
        var id = await IntakeAsync(RequestType.Deletion);
        await using var officer = AsOfficer();
        var workflow = Workflow(officer);

        (await workflow.RejectAsync(id, (await workflow.GetAsync(id, Ct))!.Version, RefusalReason.CriminalInvestigation, "与正在进行的刑事侦查直接相关。", Ct)).Succeeded.ShouldBeTrue();
        var letter = await officer.ServiceProvider.GetRequiredService<AnswerLetterService>().PreviewAsync(id, "zh-CN", Ct);

        letter.ShouldNotBeNull();
        letter.ShouldContain("与犯罪侦查、起诉和审判等有关的（隐私政策五.5(3)）");
        letter.ShouldContain("第五十条向人民法院提起诉讼");
        letter.ShouldNotContain("请求人");
        letter.ShouldContain("投诉或举报");
        letter.ShouldNotContain("张三丰"); // the preview masks the name
    }

    [Fact]
    public async Task RefusalPreview_IsTheLetterTheRequesterWillGet_BeforeAnythingChanges()
    {
        var id = await IntakeAsync(RequestType.Deletion);
        await using var officer = AsOfficer();
        var letters = officer.ServiceProvider.GetRequiredService<AnswerLetterService>();

        var preview = await letters.PreviewRefusalAsync(id, RefusalReason.CriminalInvestigation, "与正在进行的刑事侦查直接相关。", "zh-CN", Ct);

        preview.ShouldNotBeNull();
        preview.ShouldContain("与犯罪侦查、起诉和审判等有关的（隐私政策五.5(3)）");
        preview.ShouldContain("与正在进行的刑事侦查直接相关。");
        preview.ShouldNotContain("张三丰");
        (await Workflow(officer).GetAsync(id, Ct))!.Summary.Status.ShouldNotBe(RequestStatus.Rejected, "a preview changes nothing");
        (await letters.PreviewAsync(id, "zh-CN", Ct)).ShouldNotBeNull().ShouldNotContain("与犯罪侦查、起诉和审判等有关的（隐私政策五.5(3)）");
    }

    [Fact]
    public async Task FollowUp_ToARegisterEntry_StaysOnTheEntryPageAfterItIsRenamed_OutsideNamesStayByName()
    {
        var id = await IntakeAsync(RequestType.Deletion);
        await using var officer = AsOfficer();
        var workflow = Workflow(officer);
        var register = officer.ServiceProvider.GetRequiredService<RegisterService>();
        var entryId = (await register.ListAsync(Ct)).Single(e => e.Name == "小米推送 SDK").Id;

        (await workflow.AddFollowUpAsync(id, (await workflow.GetAsync(id, Ct))!.Version, " 小米推送 SDK ", Ct)).Succeeded.ShouldBeTrue();
        (await workflow.AddFollowUpAsync(id, (await workflow.GetAsync(id, Ct))!.Version, "某线下合作商户", Ct)).Succeeded.ShouldBeTrue();
        var entry = (await register.GetAsync(entryId, Ct))!;
        var renamed = await register.UpdateAsync(entryId, new EntryEditToken(entry.Stamp, entry.CurrentVersion), entry.Data with { Name = "小米推送 SDK（MiPush）" }, Ct);

        renamed.Succeeded.ShouldBeTrue(string.Join(";", renamed.Errors));
        (await register.GetAsync(entryId, Ct))!.Requests.ShouldContain(r => r.Id == id && r.FollowUpStatus == FollowUpStatus.Pending);
        var followUps = (await workflow.GetAsync(id, Ct))!.FollowUps;
        followUps.Single(f => f.Recipient == "小米推送 SDK").RegisterEntryId.ShouldBe(entryId);
        followUps.Single(f => f.Recipient == "某线下合作商户").RegisterEntryId.ShouldBeNull();
    }

    [Fact]
    public async Task Reveal_ShowsContactAndIsAudited()
    {
        var id = await IntakeAsync(RequestType.Access);
        await using var officer = AsOfficer();

        var contact = await Workflow(officer).RevealContactAsync(id, Ct);

        contact!.Phone.ShouldBe("13812345678");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        (await db.AuditRecords.AnyAsync(r => r.Action == AuditAction.PersonalDataRevealed && r.EntityKey == id.ToString() && r.UserName == "officer@demo.liqun", Ct)).ShouldBeTrue();
        (await Workflow(officer).GetAsync(id, Ct))!.Events.ShouldContain(e => e.Kind == RequestEventKind.ContactRevealed);
    }

    [Fact]
    public async Task Reveal_ByAuditor_Refused()
    {
        var id = await IntakeAsync(RequestType.Access);
        await using var auditor = factory.ScopeAs("auditor", "auditor@demo.liqun", Roles.Auditor);

        (await Workflow(auditor).GetAsync(id, Ct)).ShouldNotBeNull();
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Workflow(auditor).RevealContactAsync(id, Ct));
    }

    [Fact]
    public async Task Deletion_CannotCompleteWhileARecipientIsNotNotified_ThenCompletes()
    {
        var id = await IntakeAsync(RequestType.Deletion);
        await using var officer = AsOfficer();
        var workflow = Workflow(officer);
        await workflow.VerifyIdentityAsync(id, (await workflow.GetAsync(id, Ct))!.Version, VerificationMethod.SmsCode, TestClock.Now, Ct);
        await workflow.AddFollowUpAsync(id, (await workflow.GetAsync(id, Ct))!.Version, "顺丰速运", Ct);

        var refused = await workflow.CompleteAsync(id, (await workflow.GetAsync(id, Ct))!.Version, "已删除", cancellationToken: Ct);

        refused.Errors.ShouldBe(["仍有接收方尚未通知删除（隐私政策五.2），请先通知后再办结。"]);
        var detail = (await workflow.GetAsync(id, Ct))!;
        detail.Summary.Status.ShouldBe(RequestStatus.InProgress);
        (await workflow.UpdateFollowUpAsync(id, detail.Version, detail.FollowUps[0].Id, FollowUpStatus.Notified, "已发函", Ct)).Succeeded.ShouldBeTrue();
        (await workflow.CompleteAsync(id, (await workflow.GetAsync(id, Ct))!.Version, "已删除，并已通知接收方删除。", cancellationToken: Ct)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task AccountCancellation_CannotCompleteWithUncheckedPrecondition()
    {
        var id = await IntakeAsync(RequestType.AccountCancellation);
        await using var officer = AsOfficer();
        var workflow = Workflow(officer);
        await workflow.VerifyIdentityAsync(id, (await workflow.GetAsync(id, Ct))!.Version, VerificationMethod.SmsCode, TestClock.Now, Ct);

        var outcome = await workflow.CompleteAsync(id, (await workflow.GetAsync(id, Ct))!.Version, "已注销", cancellationToken: Ct);

        outcome.Errors.ShouldBe(["仍有注销条件未核查或不满足，不能办结注销。"]);
    }

    [Fact]
    public async Task RepeatFromSameAccountWithinAYear_Flagged()
    {
        await IntakeAsync(RequestType.Access, account: "LQ-REPEAT-1");
        var second = await IntakeAsync(RequestType.Deletion, account: "lq-repeat-1 ");

        await using var officer = AsOfficer();
        var detail = (await Workflow(officer).GetAsync(second, Ct))!;
        detail.Summary.IsRepeat.ShouldBeTrue();
        detail.EarlierRequestsInYear.ShouldBe(1);
    }

    [Fact]
    public async Task RuleChange_AppliesToNewRequestsOnly()
    {
        var before = await IntakeAsync(RequestType.Inquiry);
        try
        {
            await using (var admin = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator))
            {
                (await admin.ServiceProvider.GetRequiredService<DeadlineRuleService>().UpdateAsync(RequestType.Inquiry, new DeadlineRule(DeadlineKind.WorkingDays, 10, ClockStart.Receipt), cancellationToken: Ct)).Succeeded.ShouldBeTrue();
            }

            var after = await IntakeAsync(RequestType.Inquiry);

            await using var officer = AsOfficer();
            (await Workflow(officer).GetAsync(before, Ct))!.Rule.Days.ShouldBe(15);
            (await Workflow(officer).GetAsync(after, Ct))!.Rule.Days.ShouldBe(10);
        }
        finally
        {
            // The rule is shared by every test of this portal: restored whatever happened above.
            await using var admin = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator);
            await admin.ServiceProvider.GetRequiredService<DeadlineRuleService>().UpdateAsync(RequestType.Inquiry, DefaultDeadlineRules.ComplaintOrInquiry, cancellationToken: Ct);
        }
    }

    [Fact]
    public async Task RuleOutOfRange_RefusedWithTheRangeOnTheField_LongerThanPromised_NeedsConfirmation()
    {
        await using var admin = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator);
        var rules = admin.ServiceProvider.GetRequiredService<DeadlineRuleService>();
        try
        {
            foreach (var days in new[] { 0, 400 })
            {
                var refused = await rules.UpdateAsync(RequestType.Complaint, new DeadlineRule(DeadlineKind.WorkingDays, days, ClockStart.Receipt), cancellationToken: Ct);
                refused.ErrorFor(nameof(DeadlineRule.Days)).ShouldBe("请输入 1 至 365 天。");
            }

            var longer = new DeadlineRule(DeadlineKind.WorkingDays, 20, ClockStart.Receipt);
            var unconfirmed = await rules.UpdateAsync(RequestType.Complaint, longer, cancellationToken: Ct);
            unconfirmed.Failure.ShouldBe(OperationFailure.NeedsConfirmation);
            unconfirmed.Error.ShouldNotBeNull().ShouldContain("长于隐私政策的承诺");
            (await rules.RuleForAsync(RequestType.Complaint, Ct)).ShouldBe(DefaultDeadlineRules.ComplaintOrInquiry, "nothing saved before the confirmation");

            (await rules.UpdateAsync(RequestType.Complaint, longer, longerConfirmed: true, Ct)).Succeeded.ShouldBeTrue();
            (await rules.RuleForAsync(RequestType.Complaint, Ct)).ShouldBe(longer);
        }
        finally
        {
            await rules.UpdateAsync(RequestType.Complaint, DefaultDeadlineRules.ComplaintOrInquiry, cancellationToken: Ct);
        }
    }

    [Fact]
    public async Task BulkAssign_OpenRequestsAssignedInOneGo_ClosedOnesSkipped()
    {
        var first = await IntakeAsync(RequestType.Access);
        var second = await IntakeAsync(RequestType.Inquiry);
        var closed = await IntakeAsync(RequestType.Complaint);
        await using var officer = AsOfficer();
        var workflow = Workflow(officer);
        (await workflow.WithdrawAsync(closed, (await workflow.GetAsync(closed, Ct))!.Version, "来电撤回", Ct)).Succeeded.ShouldBeTrue();

        var assigned = await workflow.BulkAssignAsync([first, second, closed], new Assignee("officer-user", "李娜"), Ct);

        assigned.ShouldBe(2);
        (await workflow.GetAsync(first, Ct))!.Summary.AssigneeName.ShouldBe("李娜");
        (await workflow.GetAsync(second, Ct))!.Events.ShouldContain(e => e.Kind == RequestEventKind.Assigned && e.Detail == "李娜");
        (await workflow.GetAsync(closed, Ct))!.Summary.AssigneeName.ShouldBeNull();
    }

    [Fact]
    public async Task Intake_FutureReceivedTime_LocalisedErrorNothingStored()
    {
        await using var supervisor = AsSupervisor();
        var form = Form(RequestType.Access);
        form.ReceivedAt = TestClock.Now.AddHours(2);

        var result = await supervisor.ServiceProvider.GetRequiredService<RequestIntakeService>().IntakeAsync(form, Ct);

        result.Succeeded.ShouldBeFalse();
        result.FieldErrors["receivedAt"].ShouldBe("受理时间不能晚于当前时间。");
    }

    [Fact]
    public async Task Intake_ByManagement_Refused()
    {
        await using var manager = factory.ScopeAs("m", "manager@demo.liqun", Roles.Management);

        await Should.ThrowAsync<UnauthorizedAccessException>(() => manager.ServiceProvider.GetRequiredService<RequestIntakeService>().IntakeAsync(Form(RequestType.Access), Ct));
    }

    private async Task<Guid> IntakeAsync(RequestType type, string account = "LQ10001")
    {
        await using var supervisor = AsSupervisor();
        var result = await supervisor.ServiceProvider.GetRequiredService<RequestIntakeService>().IntakeAsync(Form(type, account), Ct);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.FieldErrors.Values));
        return result.Value!.Id!.Value;
    }

    private static IntakeForm Form(RequestType type, string account = "LQ10001") => new()
    {
        Type = type,
        Channel = RequestChannel.Hotline,
        Name = "张三丰",
        Phone = "13812345678",
        AccountId = account,
        Details = "来电申请",
        ReceivedAt = TestClock.Now.AddMinutes(-10),
    };

    private AsyncServiceScope AsOfficer() => factory.ScopeAs(OfficerId(), "officer@demo.liqun", Roles.PrivacyOfficer);

    private AsyncServiceScope AsSupervisor() => factory.ScopeAs("cs-user", "cs@demo.liqun", Roles.CustomerServiceSupervisor);

    private static string OfficerId() => "officer-user";

    private static RequestWorkflowService Workflow(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<RequestWorkflowService>();
}
