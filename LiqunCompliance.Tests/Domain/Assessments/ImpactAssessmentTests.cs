using LiqunCompliance.Domain.Assessments;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Tests.Domain.Assessments;

/// <summary>Issue 19's domain: the state machine, four eyes, the risk matrix, triggers from register changes, retention.</summary>
public sealed class ImpactAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 18);
    private static readonly Actor Author = new("po-1", "李娜", IsPrivacyOfficer: true);
    private static readonly Actor Reviewer = new("po-2", "王芳", IsPrivacyOfficer: true);
    private static readonly Actor Manager = new("mg-1", "赵总", IsPrivacyOfficer: false);

    private static ImpactAssessment Draft() =>
        ImpactAssessment.Propose("PIA-2026-001", "腾讯地图 SDK（精确位置）", Guid.NewGuid(), [AssessmentTrigger.SensitiveInformation], Author, Now);

    private static ImpactAssessment ReadyForReview(LikelihoodLevel likelihood = LikelihoodLevel.Medium, ImpactLevel impact = ImpactLevel.High)
    {
        var assessment = Draft();
        assessment.Write("为选择收货地址所必需。", "精确位置泄露可能暴露住址。", "仅在使用时收集，传输加密。", Author, Now);
        assessment.Rate(likelihood, impact, "位置信息敏感，SDK 由第三方运营。", RiskMatrix.Default, Author, Now);
        assessment.Plan([new AssessmentMeasure("与腾讯签订数据处理协议", "法务部", Today.AddMonths(1))], Author, Now);
        assessment.Submit(Author, Now);
        return assessment;
    }

    [Fact]
    public void ADraft_NeedsASubjectAndACase()
    {
        Should.Throw<AssessmentRuleException>(() => ImpactAssessment.Propose("PIA-2026-002", " ", null, [AssessmentTrigger.SensitiveInformation], Author, Now))
            .Rule.ShouldBe(AssessmentRule.SubjectRequired);
        Should.Throw<AssessmentRuleException>(() => ImpactAssessment.Propose("PIA-2026-002", "人脸识别登录", null, [], Author, Now))
            .Rule.ShouldBe(AssessmentRule.TriggerRequired);
        Draft().Status.ShouldBe(AssessmentStatus.Draft);
    }

    [Fact]
    public void Submitting_NeedsEveryPartOfArticle56_ARatingWithReasoning_AndMeasuresForAMediumOrHighRisk()
    {
        var assessment = Draft();
        Should.Throw<AssessmentRuleException>(() => assessment.Submit(Author, Now)).Rule.ShouldBe(AssessmentRule.SectionsIncomplete);
        assessment.Write("必要。", "影响。", "措施。", Author, Now);
        Should.Throw<AssessmentRuleException>(() => assessment.Submit(Author, Now)).Rule.ShouldBe(AssessmentRule.RatingRequired);
        Should.Throw<AssessmentRuleException>(() => assessment.Rate(LikelihoodLevel.High, ImpactLevel.High, " ", RiskMatrix.Default, Author, Now))
            .Rule.ShouldBe(AssessmentRule.ReasoningRequired);
        assessment.Rate(LikelihoodLevel.High, ImpactLevel.High, "理由。", RiskMatrix.Default, Author, Now);
        Should.Throw<AssessmentRuleException>(() => assessment.Submit(Author, Now)).Rule.ShouldBe(AssessmentRule.MeasureRequired);
        Should.Throw<AssessmentRuleException>(() => assessment.Plan([new AssessmentMeasure("签订协议", " ", Today)], Author, Now))
            .Rule.ShouldBe(AssessmentRule.MeasureIncomplete);

        assessment.Plan([new AssessmentMeasure("签订协议", "法务部", Today)], Author, Now);
        assessment.Submit(Author, Now);

        assessment.Status.ShouldBe(AssessmentStatus.InReview);
        Should.Throw<AssessmentRuleException>(() => assessment.Write("改", "改", "改", Author, Now)).Rule.ShouldBe(AssessmentRule.NotEditable);
    }

    [Fact]
    public void ALowRisk_MayGoForReviewWithoutMeasures()
    {
        var assessment = Draft();
        assessment.Write("必要。", "影响小。", "措施。", Author, Now);
        assessment.Rate(LikelihoodLevel.VeryLow, ImpactLevel.Low, "仅本机处理。", RiskMatrix.Default, Author, Now);

        assessment.Submit(Author, Now);

        assessment.Risk.ShouldBe(RiskLevel.Low);
    }

    [Fact]
    public void FourEyes_TheAuthorCannotApprove_NorCanSomeoneWhoIsNotAPrivacyOfficer()
    {
        var assessment = ReadyForReview();

        Should.Throw<AssessmentRuleException>(() => assessment.Approve(Author, Today, 12, Now)).Rule.ShouldBe(AssessmentRule.ReviewerIsAuthor);
        Should.Throw<AssessmentRuleException>(() => assessment.Approve(Manager, Today, 12, Now)).Rule.ShouldBe(AssessmentRule.ReviewerNotPrivacyOfficer);
        assessment.Approve(Reviewer, Today, 12, Now);

        assessment.Status.ShouldBe(AssessmentStatus.Approved);
        assessment.ReviewerName.ShouldBe("王芳");
        assessment.ReviewDue.ShouldBe(new DateOnly(2027, 11, 18));
        assessment.RetainUntil.ShouldBe(new DateOnly(2029, 11, 18));
    }

    [Fact]
    public void AReviewerWhoEditedTheDraft_CannotApproveIt()
    {
        var assessment = ReadyForReview();
        assessment.ReturnToDraft(Reviewer, "请补充跨境情况", Now);
        assessment.Comment.ShouldBe("请补充跨境情况");
        assessment.Write("必要。", "影响。", "补充：无跨境。", Reviewer, Now);
        assessment.Submit(Reviewer, Now);

        Should.Throw<AssessmentRuleException>(() => assessment.Approve(Reviewer, Today, 12, Now)).Rule.ShouldBe(AssessmentRule.ReviewerIsAuthor);
    }

    [Fact]
    public void AnApprovedAssessment_NeverChanges_AChangeIsANewVersionThatSupersedesIt()
    {
        var approved = ReadyForReview();
        approved.Approve(Reviewer, Today, 12, Now);
        Should.Throw<AssessmentRuleException>(() => approved.Write("改", "改", "改", Author, Now)).Rule.ShouldBe(AssessmentRule.NotEditable);
        Should.Throw<AssessmentRuleException>(() => approved.Submit(Author, Now)).Rule.ShouldBe(AssessmentRule.NotEditable);

        var next = approved.Revise(Reviewer, Now);

        next.Reference.ShouldBe(approved.Reference);
        next.VersionNumber.ShouldBe(2);
        next.PreviousVersionId.ShouldBe(approved.Id);
        next.Status.ShouldBe(AssessmentStatus.Draft);
        next.Lawfulness.ShouldBe(approved.Lawfulness);
        approved.Status.ShouldBe(AssessmentStatus.Approved); // in force until its successor is approved
        Should.Throw<AssessmentRuleException>(() => approved.SupersedeBy(next, Now)).Rule.ShouldBe(AssessmentRule.IllegalTransition);

        next.Submit(Reviewer, Now);
        next.Approve(Author, Today.AddDays(3), 12, Now);
        approved.SupersedeBy(next, Now);

        approved.Status.ShouldBe(AssessmentStatus.Superseded);
        approved.SupersededById.ShouldBe(next.Id);
        approved.RetainUntil.ShouldBe(new DateOnly(2029, 11, 18)); // kept three years from its own approval
    }

    [Fact]
    public void MeasuresAreFollowedUp_EvenOnAnApprovedAssessment()
    {
        var approved = ReadyForReview();
        approved.Approve(Reviewer, Today, 12, Now);
        approved.HasOpenMeasures.ShouldBeTrue();

        approved.CompleteMeasure(0, Today.AddDays(10), Author, Now);

        approved.HasOpenMeasures.ShouldBeFalse();
        Should.Throw<AssessmentRuleException>(() => approved.CompleteMeasure(5, Today, Author, Now));
    }

    [Theory]
    [InlineData(LikelihoodLevel.VeryLow, ImpactLevel.Low, RiskLevel.Low)]
    [InlineData(LikelihoodLevel.Low, ImpactLevel.Medium, RiskLevel.Medium)]
    [InlineData(LikelihoodLevel.Medium, ImpactLevel.High, RiskLevel.High)]
    [InlineData(LikelihoodLevel.High, ImpactLevel.Severe, RiskLevel.High)]
    [InlineData(LikelihoodLevel.VeryLow, ImpactLevel.Severe, RiskLevel.Medium)]
    public void TheDefaultMatrix_RatesLikelihoodByImpact(LikelihoodLevel likelihood, ImpactLevel impact, RiskLevel expected) =>
        RiskMatrix.Default.Rate(likelihood, impact).ShouldBe(expected);

    [Fact]
    public void TheDefaultMatrix_IsMarkedUnconfirmed_AndNeverFallsAsLikelihoodOrImpactRises()
    {
        RiskMatrix.Default.IsConfirmed.ShouldBeFalse();
        foreach (var l in Enum.GetValues<LikelihoodLevel>())
        {
            foreach (var i in Enum.GetValues<ImpactLevel>())
            {
                if (l > 0)
                {
                    ((int)RiskMatrix.Default.Rate(l, i)).ShouldBeGreaterThanOrEqualTo((int)RiskMatrix.Default.Rate(l - 1, i));
                }

                if (i > 0)
                {
                    ((int)RiskMatrix.Default.Rate(l, i)).ShouldBeGreaterThanOrEqualTo((int)RiskMatrix.Default.Rate(l, i - 1));
                }
            }
        }

        var rated = ReadyForReview();
        rated.RatedWithConfirmedMatrix.ShouldBeFalse();
    }

    [Fact]
    public void AConfirmedMatrix_MustBeFourByFour_AndMonotone()
    {
        var cells = new RiskLevel[4, 4];
        RiskMatrix.Confirmed(cells).IsConfirmed.ShouldBeTrue();
        Should.Throw<AssessmentRuleException>(() => RiskMatrix.Confirmed(new RiskLevel[3, 4])).Rule.ShouldBe(AssessmentRule.MatrixShape);
        cells[1, 1] = RiskLevel.High;
        Should.Throw<AssessmentRuleException>(() => RiskMatrix.Confirmed(cells)).Rule.ShouldBe(AssessmentRule.MatrixNotMonotone);
        Should.Throw<AssessmentRuleException>(() => RiskMatrix.Default.Rate((LikelihoodLevel)9, ImpactLevel.Low)).Rule.ShouldBe(AssessmentRule.RatingInvalid);
    }

    [Fact]
    public void Retention_IsThreeYearsFromTheLastApproval_AndADraftMayBeDeleted()
    {
        ImpactAssessment.RetentionEnd(new DateOnly(2028, 2, 29)).ShouldBe(new DateOnly(2031, 2, 28));
        Draft().MayBeDeleted(Today).ShouldBeTrue();
        var approved = ReadyForReview();
        approved.Approve(Reviewer, Today, 12, Now);

        approved.MayBeDeleted(Today.AddYears(3).AddDays(-1)).ShouldBeFalse();
        approved.MayBeDeleted(Today.AddYears(3)).ShouldBeTrue();
    }

    [Fact]
    public void AReview_IsDue_OnItsDate()
    {
        var approved = ReadyForReview();
        approved.Approve(Reviewer, Today, 12, Now);

        approved.ReviewIsDue(new DateOnly(2027, 11, 17)).ShouldBeFalse();
        approved.ReviewIsDue(new DateOnly(2027, 11, 18)).ShouldBeTrue();
    }

    private static bool Sensitive(string code) => SeedCatalogue.Find(code)?.IsSensitive == true;

    private static RegisterEntryData Entry(EntryKind kind, string[] items, bool crossBorder = false, EntryStatus status = EntryStatus.Active) => new()
    {
        Name = "测试条目",
        Provider = "测试公司",
        Kind = kind,
        Purpose = "测试",
        InformationItems = items,
        CrossBorder = crossBorder,
        Status = status,
    };

    [Fact]
    public void Triggers_AddingPreciseLocationToAnSdk_IsSensitiveInformationProvidedToOthers()
    {
        var before = Entry(EntryKind.Sdk, ["oaid"]);
        var after = Entry(EntryKind.Sdk, ["oaid", "precise-location"]);

        AssessmentTriggers.Detect(before, after, Sensitive)
            .ShouldBe([AssessmentTrigger.SensitiveInformation, AssessmentTrigger.ProvidingToOthers]);
    }

    [Fact]
    public void Triggers_ANewTechnologySupplier_IsEntrustedProcessing_AndGoingAbroad_IsATransfer()
    {
        AssessmentTriggers.Detect(null, Entry(EntryKind.TechnologySupplier, ["oaid"]), Sensitive).ShouldBe([AssessmentTrigger.EntrustedProcessing]);
        AssessmentTriggers.Detect(Entry(EntryKind.Merchant, ["order"]), Entry(EntryKind.Merchant, ["order"], crossBorder: true), Sensitive)
            .ShouldBe([AssessmentTrigger.CrossBorderTransfer]);
    }

    [Fact]
    public void Triggers_NothingNew_OrTheAppsOwnFunction_OrARetiredEntry_RaiseNoAssessment()
    {
        AssessmentTriggers.Detect(Entry(EntryKind.Sdk, ["oaid"]), Entry(EntryKind.Sdk, ["oaid"]), Sensitive).ShouldBeEmpty();
        AssessmentTriggers.Detect(null, Entry(EntryKind.BusinessFunction, ["oaid"]), Sensitive).ShouldBeEmpty();
        AssessmentTriggers.Detect(null, Entry(EntryKind.CloudService, ["oaid"]), Sensitive).ShouldBeEmpty();
        AssessmentTriggers.Detect(null, Entry(EntryKind.Sdk, ["precise-location"], status: EntryStatus.Retired), Sensitive).ShouldBeEmpty();

        // The app's own function collecting face data is still sensitive processing (Art. 55(1)), though nobody receives it.
        AssessmentTriggers.Detect(null, Entry(EntryKind.BusinessFunction, ["face"]), Sensitive).ShouldBe([AssessmentTrigger.SensitiveInformation]);
    }

    [Fact]
    public void EveryCase_NamesItsArticle() =>
        Enum.GetValues<AssessmentTrigger>().Select(AssessmentTriggers.Article).ShouldAllBe(a => a.StartsWith("55(", StringComparison.Ordinal));
}
