using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.Domain.Calendar;

namespace LiqunCompliance.Tests.Domain.Requests;

public sealed class PrivacyRequestTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendarTests.Calendar;
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai
    private static readonly Actor Supervisor = new("cs-1", "张伟", IsPrivacyOfficer: false);
    private static readonly Actor Officer = new("po-1", "李娜", IsPrivacyOfficer: true);
    private static readonly Actor OtherOfficer = new("po-2", "王芳", IsPrivacyOfficer: true);

    [Fact]
    public void Receive_RightsRequest_ClockWaitsForVerification()
    {
        var request = New(RequestType.Access);

        request.Status.ShouldBe(RequestStatus.Received);
        request.DueDate.ShouldBeNull();
        request.Events.ShouldHaveSingleItem().Kind.ShouldBe(RequestEventKind.Received);
    }

    [Fact]
    public void Receive_Complaint_ClockStartsAtReceiptIn15WorkingDays()
    {
        var received = new DateTimeOffset(2026, 9, 24, 1, 0, 0, TimeSpan.Zero);
        var request = New(RequestType.Complaint, receivedAt: received, now: received);

        request.DueDate.ShouldBe(new DateOnly(2026, 10, 22));
    }

    [Fact]
    public void Receive_LateEveningUtc_CountsFromTheShanghaiDate()
    {
        // 2026-08-31 17:00 UTC is 2026-09-01 01:00 in Shanghai.
        var request = New(RequestType.Inquiry, receivedAt: new DateTimeOffset(2026, 8, 31, 17, 0, 0, TimeSpan.Zero));

        request.DueDate.ShouldBe(DeadlineCalculator.AddWorkingDays(Calendar, new DateOnly(2026, 9, 1), 15).Date);
    }

    [Fact]
    public void Receive_InTheFuture_Refused()
    {
        Should.Throw<RequestRuleException>(() => New(RequestType.Access, receivedAt: Now.AddMinutes(1))).Rule.ShouldBe(RequestRule.ReceivedInFuture);
    }

    [Fact]
    public void VerifyIdentity_StartsThe30DayClock_AndMovesToInProgress()
    {
        var request = New(RequestType.Deletion);

        request.VerifyIdentity(VerificationMethod.SmsCode, Now, Officer, Calendar, Now);

        request.Status.ShouldBe(RequestStatus.InProgress);
        request.DueDate.ShouldBe(new DateOnly(2026, 10, 8)); // 30 days after 09-01 is 10-01, National Day: next working day
        request.VerifiedByName.ShouldBe("李娜");
        request.VerificationMethod.ShouldBe(VerificationMethod.SmsCode);
    }

    [Fact]
    public void VerifyIdentity_AccountCancellation_15WorkingDays()
    {
        var request = New(RequestType.AccountCancellation);

        request.VerifyIdentity(VerificationMethod.AccountLogin, Now, Officer, Calendar, Now);

        request.DueDate.ShouldBe(DeadlineCalculator.AddWorkingDays(Calendar, new DateOnly(2026, 9, 1), 15).Date);
    }

    [Fact]
    public void VerifyIdentity_DeadlineInUncoveredYear_CarriesWarning()
    {
        var december = new DateTimeOffset(2026, 12, 20, 2, 0, 0, TimeSpan.Zero);
        var request = New(RequestType.Access, receivedAt: december, now: december);

        request.VerifyIdentity(VerificationMethod.IdDocumentSighted, december, Officer, Calendar, december);

        request.CalendarWarningYears.ShouldBe([2027]);
    }

    [Fact]
    public void VerifyIdentity_BeforeReceiptOrInFutureOrTwice_Refused()
    {
        var request = New(RequestType.Access);

        Should.Throw<RequestRuleException>(() => request.VerifyIdentity(VerificationMethod.SmsCode, Now.AddDays(-1), Officer, Calendar, Now))
            .Rule.ShouldBe(RequestRule.VerificationBeforeReceipt);
        Should.Throw<RequestRuleException>(() => request.VerifyIdentity(VerificationMethod.SmsCode, Now.AddHours(1), Officer, Calendar, Now))
            .Rule.ShouldBe(RequestRule.VerificationInFuture);
        request.VerifyIdentity(VerificationMethod.SmsCode, Now, Officer, Calendar, Now);
        Should.Throw<RequestRuleException>(() => request.VerifyIdentity(VerificationMethod.SmsCode, Now, Officer, Calendar, Now))
            .Rule.ShouldBe(RequestRule.AlreadyVerified);
    }

    [Fact]
    public void VerifyIdentity_EnteredToTheMinute_InTheMinuteOfAReceiptToTheSecond_IsTakenAsAtReceipt()
    {
        // A request from the API or the privacy center arrives at 10:00:37; the officer enters 10:00.
        var receivedAt = Now.AddSeconds(37);
        var request = PrivacyRequest.Receive("LQ-2026-000077", RequestType.Access, RequestChannel.H5, Requester.Create(null, null, "a@example.com", null),
            null, receivedAt, DefaultDeadlineRules.For(RequestType.Access), null, 0, Officer, Calendar, receivedAt);

        Should.Throw<RequestRuleException>(() => request.VerifyIdentity(VerificationMethod.SmsCode, Now.AddSeconds(-1), Officer, Calendar, Now.AddMinutes(5)))
            .Rule.ShouldBe(RequestRule.VerificationBeforeReceipt);
        request.VerifyIdentity(VerificationMethod.SmsCode, Now, Officer, Calendar, Now.AddMinutes(5));

        request.IdentityVerifiedAt.ShouldBe(receivedAt);
    }

    [Fact]
    public void StartWork_RightsRequestNotVerified_Refused()
    {
        Should.Throw<RequestRuleException>(() => New(RequestType.Access).StartWork(Supervisor, Now)).Rule.ShouldBe(RequestRule.NotVerified);
    }

    [Fact]
    public void StartWork_Complaint_AllowedWithoutVerification()
    {
        var request = New(RequestType.Complaint);

        request.StartWork(Supervisor, Now);

        request.Status.ShouldBe(RequestStatus.InProgress);
    }

    [Fact]
    public void Reject_BySupervisor_Refused()
    {
        var request = Verified(RequestType.Access);

        Should.Throw<RequestRuleException>(() => request.Reject(RefusalReason.MaliceOrAbuse, "重复恶意请求", Supervisor, Now))
            .Rule.ShouldBe(RequestRule.RejectionNeedsPrivacyOfficer);
    }

    [Fact]
    public void Reject_ByTheOfficerWhoTookItIn_Refused()
    {
        var request = New(RequestType.Access, intakeBy: Officer);

        Should.Throw<RequestRuleException>(() => request.Reject(RefusalReason.GroundlessRepetition, "同一诉求无端重复提出", Officer, Now))
            .Rule.ShouldBe(RequestRule.RejectionByIntakePerson);
    }

    [Fact]
    public void Reject_OnAGroundThePolicyDoesNotContain_Refused() =>
        Should.Throw<RequestRuleException>(() => Verified(RequestType.Access).Reject(RefusalReason.TradeSecrets, "涉及商业秘密", Officer, Now))
            .Rule.ShouldBe(RequestRule.UnknownRefusalReason);

    [Theory]
    [InlineData(RequestType.MarketingOptOut)]
    [InlineData(RequestType.ConsentWithdrawal)]
    public void Reject_OptOutOrConsentWithdrawal_NeverAllowed_NorOffered(RequestType type)
    {
        Should.Throw<RequestRuleException>(() => Verified(type).Reject(RefusalReason.GroundlessRepetition, "无端重复", Officer, Now))
            .Rule.ShouldBe(RequestRule.MayNotBeRefused);
        RequestWorkflow.ActionsFor(RequestStatus.InProgress, type, identityVerified: true, mayDecideRefusals: true).ShouldNotContain(RequestActionKind.Reject);
        RequestWorkflow.ActionsFor(RequestStatus.InProgress, RequestType.Deletion, identityVerified: true, mayDecideRefusals: true).ShouldContain(RequestActionKind.Reject);
    }

    [Fact]
    public void Complete_DeletionWithNoRecipient_NeedsTheStatedReason_KeptInTheTimeline()
    {
        var request = Verified(RequestType.Deletion);

        Should.Throw<RequestRuleException>(() => request.Complete("已删除", Officer, Now)).Rule.ShouldBe(RequestRule.NoRecipientsWithoutReason);
        request.Complete("已删除", Officer, Now, noRecipientReason: "该用户仅浏览商品，未下单，数据未向任何第三方提供。");

        request.Status.ShouldBe(RequestStatus.Completed);
        request.Events.ShouldContain(e => e.Kind == RequestEventKind.NoRecipientStated && e.Detail == "该用户仅浏览商品，未下单，数据未向任何第三方提供。");
    }

    [Fact]
    public void Complete_Explanation_NeedsTheAnswerToTheRequester_KeptApartFromTheInternalNote()
    {
        var request = Verified(RequestType.Explanation);

        Should.Throw<RequestRuleException>(() => request.Complete("已电话说明", Officer, Now)).Rule.ShouldBe(RequestRule.AnswerRequired);
        request.Complete("已电话说明", Officer, Now, answer: "订单信息用于配送与售后。");

        request.Outcome.ShouldBe("已电话说明");
        request.Answer.ShouldBe("订单信息用于配送与售后。");
    }

    [Fact]
    public void Reject_UnknownReason_RefusedForThatReason() =>
        Should.Throw<RequestRuleException>(() => Verified(RequestType.Access).Reject((RefusalReason)999, "理由", Officer, Now))
            .Rule.ShouldBe(RequestRule.UnknownRefusalReason);

    [Fact]
    public void AnswerSent_InTheFuture_RefusedAsAnAnswer_NotAsAVerification() =>
        Should.Throw<RequestRuleException>(() => Verified(RequestType.Access).RecordAnswerSent(RequestChannel.Email, Now.AddHours(1), Officer, Now))
            .Rule.ShouldBe(RequestRule.AnswerInFuture);

    [Fact]
    public void Reject_WithoutExplanation_Refused()
    {
        Should.Throw<RequestRuleException>(() => Verified(RequestType.Access).Reject(RefusalReason.Impractical, " ", Officer, Now))
            .Rule.ShouldBe(RequestRule.ExplanationRequired);
    }

    [Fact]
    public void Reject_ByAnotherOfficerWithReason_ClosesTheRequest()
    {
        var request = Verified(RequestType.Access);

        request.Reject(RefusalReason.CriminalInvestigation, "与刑事侦查直接相关", OtherOfficer, Now);

        request.Status.ShouldBe(RequestStatus.Rejected);
        request.RefusalReason.ShouldBe(RefusalReason.CriminalInvestigation);
        request.ClosedAt.ShouldBe(Now);
        Should.Throw<RequestRuleException>(() => request.AwaitRequester("?", Officer, Now)).Rule.ShouldBe(RequestRule.RequestClosed);
    }

    [Fact]
    public void Complete_AccountCancellationWithUnmetPrecondition_Refused()
    {
        var request = Verified(RequestType.AccountCancellation);
        foreach (var precondition in Enum.GetValues<CancellationPrecondition>().Skip(1))
        {
            request.CheckPrecondition(precondition, true, null, Officer, Now);
        }

        request.CheckPrecondition(CancellationPrecondition.NoRecentSensitiveOperationOrRisk, false, "上周修改过密码", Officer, Now);

        Should.Throw<RequestRuleException>(() => request.Complete("已注销", Officer, Now)).Rule.ShouldBe(RequestRule.PreconditionsUnmet);
    }

    [Fact]
    public void Complete_AccountCancellationAllConditionsMet_Completes()
    {
        var request = Verified(RequestType.AccountCancellation);
        request.CancellationChecks.Count.ShouldBe(9); // 附件一 (1)–(8) and item 3
        foreach (var precondition in Enum.GetValues<CancellationPrecondition>())
        {
            request.CheckPrecondition(precondition, true, null, Officer, Now);
        }

        var courier = request.AddFollowUp("顺丰速运", null, Officer, Now);
        request.UpdateFollowUp(courier.Id, FollowUpStatus.Notified, null, Officer, Now);
        request.Complete("账户已注销，交易记录按法律保存 5 年。", Officer, Now);

        request.Status.ShouldBe(RequestStatus.Completed);
    }

    [Theory]
    [InlineData(RequestType.Deletion)]
    [InlineData(RequestType.ConsentWithdrawal)]
    public void Complete_WhileARecipientIsNotYetNotified_Refused_ConfirmationsMayFollowTheAnswer(RequestType type)
    {
        var request = Verified(type);
        var courier = request.AddFollowUp("顺丰速运", Guid.NewGuid(), Officer, Now);
        var analytics = request.AddFollowUp("百度统计 SDK", Guid.NewGuid(), Officer, Now);
        request.UpdateFollowUp(courier.Id, FollowUpStatus.Notified, "已发函", Officer, Now);

        Should.Throw<RequestRuleException>(() => request.Complete("已删除", Officer, Now)).Rule.ShouldBe(RequestRule.RecipientsNotNotified);
        request.Status.ShouldBe(RequestStatus.InProgress);

        request.UpdateFollowUp(analytics.Id, FollowUpStatus.Declined, "对方称未留存该用户数据", Officer, Now);
        request.Complete("已删除，并已通知接收方删除。", Officer, Now);
        request.UpdateFollowUp(courier.Id, FollowUpStatus.ConfirmedDeleted, "对方书面确认", Officer, Now.AddDays(3));

        request.Status.ShouldBe(RequestStatus.Completed);
        request.FollowUps.Single(f => f.Id == courier.Id).Status.ShouldBe(FollowUpStatus.ConfirmedDeleted);
    }

    [Fact]
    public void RecipientsStillToNotify_OnlyPendingOnes_OnlyForTypesThatNeedFollowUp()
    {
        var request = Verified(RequestType.Deletion);
        request.AddFollowUp("顺丰速运", null, Officer, Now);
        var declined = request.AddFollowUp("百度统计 SDK", null, Officer, Now);
        request.AddFollowUp("小米推送 SDK", null, Officer, Now);
        request.UpdateFollowUp(declined.Id, FollowUpStatus.Declined, "未留存", Officer, Now);

        RequestWorkflow.RecipientsStillToNotify(RequestType.Deletion, request.FollowUps).ShouldBe(["顺丰速运", "小米推送 SDK"]);
        RequestWorkflow.RecipientsStillToNotify(RequestType.Correction, request.FollowUps).ShouldBeEmpty();
    }

    [Fact]
    public void Complete_AccessRequest_FollowUpsDoNotApply()
    {
        var request = Verified(RequestType.Access);
        request.AddFollowUp("顺丰速运", null, Officer, Now);

        request.Complete("已提供副本", Officer, Now);

        request.Status.ShouldBe(RequestStatus.Completed);
    }

    [Fact]
    public void CheckPrecondition_NotMetWithoutNote_Refused()
    {
        Should.Throw<RequestRuleException>(() => Verified(RequestType.AccountCancellation).CheckPrecondition(CancellationPrecondition.NoAssetsOrDebts, false, null, Officer, Now))
            .Rule.ShouldBe(RequestRule.TextRequired);
    }

    [Fact]
    public void CheckPrecondition_OtherType_Refused()
    {
        Should.Throw<RequestRuleException>(() => Verified(RequestType.Access).CheckPrecondition(CancellationPrecondition.NoAssetsOrDebts, true, null, Officer, Now))
            .Rule.ShouldBe(RequestRule.NotAccountCancellation);
    }

    [Fact]
    public void FollowUps_TrackedToConfirmedDeletion()
    {
        var request = Verified(RequestType.Deletion);
        var entry = Guid.NewGuid();
        var task = request.AddFollowUp("顺丰速运", entry, Officer, Now);
        var outside = request.AddFollowUp("某线下合作商户", null, Officer, Now);

        request.UpdateFollowUp(task.Id, FollowUpStatus.ConfirmedDeleted, "对方书面确认", Officer, Now);

        request.FollowUps.Single(f => f.Id == task.Id).ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(FollowUpStatus.ConfirmedDeleted), f => f.RegisterEntryId.ShouldBe(entry), f => f.Note.ShouldBe("对方书面确认"));
        outside.RegisterEntryId.ShouldBeNull();
        outside.Status.ShouldBe(FollowUpStatus.Pending);
        Should.Throw<RequestRuleException>(() => request.UpdateFollowUp(Guid.NewGuid(), FollowUpStatus.Notified, null, Officer, Now))
            .Rule.ShouldBe(RequestRule.FollowUpNotFound);
    }

    [Fact]
    public void AwaitRequesterAndResume_RoundTrip()
    {
        var request = Verified(RequestType.Correction);

        request.AwaitRequester("请提供更正后的收货地址", Officer, Now);
        request.Resume(Officer, Now);

        request.Status.ShouldBe(RequestStatus.InProgress);
        request.Events.Select(e => e.Kind).ShouldBe([RequestEventKind.Received, RequestEventKind.IdentityVerified, RequestEventKind.AwaitingRequester, RequestEventKind.Resumed]);
    }

    [Fact]
    public void EveryChange_ChangesTheVersion()
    {
        var request = Verified(RequestType.Access);
        var before = request.Version;

        request.AddNote("已电话联系用户", Supervisor, Now);

        request.Version.ShouldNotBe(before);
    }

    [Fact]
    public void Withdraw_FromAwaitingVerification_Closes()
    {
        var request = New(RequestType.Access);
        request.RequestVerification(Supervisor, Now);

        request.Withdraw("用户来电撤回", Supervisor, Now);

        request.Status.ShouldBe(RequestStatus.Withdrawn);
    }

    [Theory]
    [InlineData(null, null, null, RequestRule.NoContact)]
    [InlineData("12ab", null, null, RequestRule.InvalidPhone)]
    [InlineData(null, "not-an-email", null, RequestRule.InvalidEmail)]
    public void Requester_BadContact_Refused(string? phone, string? email, string? account, RequestRule expected)
    {
        Should.Throw<RequestRuleException>(() => Requester.Create("张三", phone, email, account)).Rule.ShouldBe(expected);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("+86 138-1234-5678")]
    [InlineData("0532-88888888")]
    public void Requester_GoodPhones_Accepted(string phone)
    {
        Requester.Create(null, phone, null, null).Phone.ShouldBe(phone);
    }

    private static PrivacyRequest New(RequestType type, DateTimeOffset? receivedAt = null, DateTimeOffset? now = null, Actor? intakeBy = null) =>
        PrivacyRequest.Receive("LQ-2026-000001", type, RequestChannel.Hotline, Requester.Create("张三", "13812345678", null, "u1001"),
            "用户来电", receivedAt ?? Now, DefaultDeadlineRules.For(type), null, 0, intakeBy ?? Supervisor, Calendar, now ?? Now);

    private static PrivacyRequest Verified(RequestType type)
    {
        var request = New(type);
        request.VerifyIdentity(VerificationMethod.SmsCode, Now, Supervisor, Calendar, Now);
        return request;
    }
}
