using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Policies;

public sealed class PolicyRevisionTests
{
    private static readonly Actor Author = new("u-author", "李娜", IsPrivacyOfficer: true);
    private static readonly Actor Reviewer = new("u-reviewer", "王强", IsPrivacyOfficer: true);
    private static readonly Actor Supervisor = new("u-cs", "客服主管", IsPrivacyOfficer: false);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static PolicyRevision InReview(params MajorChangeTrigger[] triggers)
    {
        var revision = PolicyRevision.Draft(Guid.NewGuid(), "2026.12", "# 利群网商隐私政策\n\n正文", "新增第三方 SDK", triggers, Author, Now);
        revision.SubmitForReview(Author, Now);
        return revision;
    }

    private static NoticePlan Plan(DateOnly noticeDate) =>
        new(noticeDate, [new(NoticeChannel.Sms, "【利群网商】我们更新了隐私政策，详见 App。"), new(NoticeChannel.InAppPrompt, "隐私政策更新提示")]);

    [Fact]
    public void HappyPath_DraftReviewApprovePublishSupersede()
    {
        var revision = InReview();
        revision.Approve(Reviewer, Today.AddDays(3), Today, Now);
        revision.Status.ShouldBe(RevisionStatus.Approved);
        revision.ReviewerName.ShouldBe("王强");

        Should.Throw<PolicyRuleException>(() => revision.Publish("system", Today.AddDays(2), Now)).Rule.ShouldBe(PolicyRule.NotYetEffective);
        revision.Publish("system", Today.AddDays(3), Now.AddDays(3));

        revision.Status.ShouldBe(RevisionStatus.Published);
        revision.ContentHash.ShouldBe(PolicyText.Hash("# 利群网商隐私政策\n\n正文"));
        revision.TextIntact.ShouldBeTrue();
        revision.Supersede(Now.AddDays(40));
        revision.Status.ShouldBe(RevisionStatus.Superseded);
    }

    [Theory]
    [InlineData(RevisionStatus.Draft)]
    [InlineData(RevisionStatus.Published)]
    [InlineData(RevisionStatus.Withdrawn)]
    public void Approve_OnlyFromReview(RevisionStatus from)
    {
        var revision = PolicyRevision.Draft(Guid.NewGuid(), "v2", "正文", "摘要", [], Author, Now);
        if (from == RevisionStatus.Published)
        {
            revision = PolicyRevision.Published(Guid.NewGuid(), "v1", "正文", "摘要", Today, null, Author, Reviewer, Now);
        }
        else if (from == RevisionStatus.Withdrawn)
        {
            revision.Withdraw(Author, "不再需要", Now);
        }

        Should.Throw<PolicyRuleException>(() => revision.Approve(Reviewer, Today, Today, Now)).Rule.ShouldBe(PolicyRule.IllegalTransition);
    }

    [Fact]
    public void FourEyes_AuthorOrLastEditorCannotApprove_NorANonOfficer()
    {
        var revision = InReview();
        Should.Throw<PolicyRuleException>(() => revision.Approve(Author, Today, Today, Now)).Rule.ShouldBe(PolicyRule.ReviewerIsAuthor);
        Should.Throw<PolicyRuleException>(() => revision.Approve(Supervisor, Today, Today, Now)).Rule.ShouldBe(PolicyRule.ReviewerNotPrivacyOfficer);

        revision.ReturnToDraft(Reviewer, "请补充 SDK 名称", Now);
        revision.Edit("2026.12", "# 利群网商隐私政策\n\n正文（王强补充）", "新增第三方 SDK", [], Reviewer, Now);
        revision.SubmitForReview(Reviewer, Now);
        Should.Throw<PolicyRuleException>(() => revision.Approve(Reviewer, Today, Today, Now)).Rule.ShouldBe(PolicyRule.ReviewerIsAuthor);
        revision.Approve(new Actor("u-third", "赵敏", true), Today, Today, Now);
        revision.Status.ShouldBe(RevisionStatus.Approved);
    }

    [Fact]
    public void MajorChange_NeedsANoticePlan_BeforeTheEffectiveDate()
    {
        var revision = InReview(MajorChangeTrigger.SharingRecipients);
        Should.Throw<PolicyRuleException>(() => revision.Approve(Reviewer, Today.AddDays(10), Today, Now)).Rule.ShouldBe(PolicyRule.NoticePlanRequired);

        revision.PlanNotice(Plan(Today.AddDays(10)), Author, Now);
        Should.Throw<PolicyRuleException>(() => revision.Approve(Reviewer, Today.AddDays(10), Today, Now)).Rule.ShouldBe(PolicyRule.NoticeAfterEffective);

        revision.PlanNotice(Plan(Today.AddDays(-1)), Author, Now);
        Should.Throw<PolicyRuleException>(() => revision.Approve(Reviewer, Today.AddDays(10), Today, Now)).Rule.ShouldBe(PolicyRule.NoticeInPast);

        revision.PlanNotice(new NoticePlan(Today.AddDays(3), [new(NoticeChannel.Email, "  ")]), Author, Now);
        Should.Throw<PolicyRuleException>(() => revision.Approve(Reviewer, Today.AddDays(10), Today, Now)).Rule.ShouldBe(PolicyRule.NoticeTextRequired);

        revision.PlanNotice(Plan(Today.AddDays(3)), Author, Now);
        revision.Approve(Reviewer, Today.AddDays(10), Today, Now);
        revision.Status.ShouldBe(RevisionStatus.Approved);
    }

    [Fact]
    public void MajorChange_CannotBePublishedOnItsNoticeDay()
    {
        var revision = InReview(MajorChangeTrigger.UserRights);
        revision.PlanNotice(Plan(Today), Author, Now);
        revision.Approve(Reviewer, Today.AddDays(1), Today, Now);

        Should.Throw<PolicyRuleException>(() => revision.Publish("system", Today, Now)).Rule.ShouldBe(PolicyRule.NotYetEffective);
        revision.Publish("system", Today.AddDays(1), Now.AddDays(1));
        revision.Status.ShouldBe(RevisionStatus.Published);
    }

    [Fact]
    public void NoticePlan_OneMessagePerChannel()
    {
        var revision = InReview(MajorChangeTrigger.UserRights);
        Should.Throw<PolicyRuleException>(() => revision.PlanNotice(new NoticePlan(Today, [new(NoticeChannel.Sms, "a"), new(NoticeChannel.Sms, "b")]), Reviewer, Now))
            .Rule.ShouldBe(PolicyRule.NoticeChannelRequired);
    }

    [Fact]
    public void EffectiveDate_RequiredAndNotInThePast()
    {
        Should.Throw<PolicyRuleException>(() => InReview().Approve(Reviewer, null, Today, Now)).Rule.ShouldBe(PolicyRule.EffectiveDateRequired);
        Should.Throw<PolicyRuleException>(() => InReview().Approve(Reviewer, Today.AddDays(-1), Today, Now)).Rule.ShouldBe(PolicyRule.EffectiveDateInPast);
    }

    [Fact]
    public void Published_ImportedRevision_KeepsFourEyes_AndOnlyAStatedDate()
    {
        Should.Throw<PolicyRuleException>(() => PolicyRevision.Published(Guid.NewGuid(), "v2", "正文", "导入", null, null, Author, Author, Now)).Rule.ShouldBe(PolicyRule.ReviewerIsAuthor);
        Should.Throw<PolicyRuleException>(() => PolicyRevision.Published(Guid.NewGuid(), "v2", "正文", "导入", null, null, Author, Supervisor, Now)).Rule.ShouldBe(PolicyRule.ReviewerNotPrivacyOfficer);

        var undated = PolicyRevision.Published(Guid.NewGuid(), "v2", "正文", "导入", null, "ignored without a date", Author, Reviewer, Now);

        undated.EffectiveDate.ShouldBeNull();
        undated.EffectiveDateSource.ShouldBeNull();
        undated.AuthorId.ShouldNotBe(undated.ReviewerId);
    }

    [Fact]
    public void Published_TextCannotBeEdited_AndTamperingIsDetected()
    {
        var revision = PolicyRevision.Published(Guid.NewGuid(), "2022-08-29", "旧版正文", "2022 年修订", new DateOnly(2022, 8, 29), "文本末尾“2022年8月29日修订”", Author, Reviewer, Now);

        Should.Throw<PolicyRuleException>(() => revision.Edit("2022-08-29", "改过的正文", "x", [], Author, Now)).Rule.ShouldBe(PolicyRule.NotEditable);
        PolicyText.Matches("旧版正文", revision.ContentHash).ShouldBeTrue();
        PolicyText.Matches("旧版正文。", revision.ContentHash).ShouldBeFalse();
        PolicyText.Matches("旧版正文", null).ShouldBeFalse();
    }

    [Fact]
    public void Withdraw_NeedsAReason_NotAfterPublication()
    {
        var revision = InReview();
        Should.Throw<PolicyRuleException>(() => revision.Withdraw(Author, " ", Now)).Rule.ShouldBe(PolicyRule.ReasonRequired);
        revision.Withdraw(Author, "并入下一版", Now);
        revision.Status.ShouldBe(RevisionStatus.Withdrawn);
        revision.Comment.ShouldBe("并入下一版");

        var published = PolicyRevision.Published(Guid.NewGuid(), "v1", "正文", "摘要", Today, null, Author, Reviewer, Now);
        Should.Throw<PolicyRuleException>(() => published.Withdraw(Author, "x", Now)).Rule.ShouldBe(PolicyRule.IllegalTransition);
    }

    [Fact]
    public void Submit_NeedsASummary_ReturnNeedsAComment()
    {
        var revision = PolicyRevision.Draft(Guid.NewGuid(), "v2", "正文", null, [], Author, Now);
        Should.Throw<PolicyRuleException>(() => revision.SubmitForReview(Author, Now)).Rule.ShouldBe(PolicyRule.SummaryRequired);
        revision.Edit("v2", "正文", "修订摘要", [], Author, Now);
        revision.SubmitForReview(Author, Now);
        Should.Throw<PolicyRuleException>(() => revision.ReturnToDraft(Reviewer, "", Now)).Rule.ShouldBe(PolicyRule.ReasonRequired);
    }

    [Theory]
    [InlineData("2026.12", true)]
    [InlineData("2022-08-29", true)]
    [InlineData("v3", true)]
    [InlineData("", false)]
    [InlineData("2026 版", false)]
    [InlineData("../etc", false)]
    [InlineData("a/b", false)]
    public void Labels_AreSafeInAddresses(string label, bool valid)
    {
        PolicyText.IsValidLabel(label).ShouldBe(valid);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)] // past 70, each segment carries 67
    [InlineData(135, 3)]
    public void Sms_SeventyChineseCharacters_Then67PerSegment(int length, int segments)
    {
        NoticePlan.SmsSegments(new string('隐', length)).ShouldBe(segments);
    }

    [Fact]
    public void Edits_ChangeTheVersionToken_AndNormaliseLineEndings()
    {
        var revision = PolicyRevision.Draft(Guid.NewGuid(), "v2", "第一段\r\n\r\n第二段", "摘要", [MajorChangeTrigger.UserRights, MajorChangeTrigger.UserRights], Author, Now);
        var before = revision.Version;

        revision.Edit("v2", "第一段\n\n第二段（改）", "摘要", [], Author, Now);

        revision.Version.ShouldNotBe(before);
        revision.Markdown.ShouldNotContain("\r");
        revision.MajorChanges.ShouldBeEmpty();
    }

    [Fact]
    public void WhoeverChangedTheNoticePlan_CannotApprove_AndAChangeAfterApprovalSendsItBackToReview()
    {
        var revision = InReview(MajorChangeTrigger.SharingRecipients);
        revision.PlanNotice(Plan(Today.AddDays(3)), Reviewer, Now);
        Should.Throw<PolicyRuleException>(() => revision.Approve(Reviewer, Today.AddDays(10), Today, Now)).Rule.ShouldBe(PolicyRule.ReviewerIsAuthor);

        var third = new Actor("u-third", "赵敏", true);
        revision.Approve(third, Today.AddDays(10), Today, Now);
        revision.PlanNotice(Plan(Today.AddDays(3)), Author, Now); // the same plan: nothing to review again
        revision.Status.ShouldBe(RevisionStatus.Approved);

        revision.PlanNotice(Plan(Today.AddDays(4)), Author, Now);
        revision.Status.ShouldBe(RevisionStatus.InReview);
        revision.EffectiveDate.ShouldBeNull();
        revision.NoticePlanChangedByName.ShouldBe("李娜");
    }

    [Fact]
    public void ARevisionWhoseBaseIsNoLongerInForce_OrThatCompetes_IsRefusedNamingBoth_UntilRebased()
    {
        var inForceWhenDrafted = Guid.NewGuid();
        var revision = PolicyRevision.Draft(Guid.NewGuid(), "2027.02", "# 政策\n\n正文", "改动", [], Author, Now, basedOn: inForceWhenDrafted);

        revision.EnsureNothingIsUndone((inForceWhenDrafted, "2026.12"), []); // nothing else happened: fine
        var competing = Should.Throw<PolicyRuleException>(() => revision.EnsureNothingIsUndone((inForceWhenDrafted, "2026.12"), ["2027.01"]));
        competing.Rule.ShouldBe(PolicyRule.CompetingApproval);
        competing.Detail.ShouldBe("2027.02|2027.01");

        var newer = Guid.NewGuid();
        var outdated = Should.Throw<PolicyRuleException>(() => revision.EnsureNothingIsUndone((newer, "2027.01"), []));
        outdated.Rule.ShouldBe(PolicyRule.BaseOutdated);
        outdated.Detail.ShouldBe("2027.02|2027.01");

        revision.SubmitForReview(Author, Now);
        revision.Rebase(newer, Author, Now);
        revision.Status.ShouldBe(RevisionStatus.Draft, "rebased text is reviewed again");
        revision.BasedOnRevisionId.ShouldBe(newer);
        revision.EnsureNothingIsUndone((newer, "2027.01"), []);
    }
}
