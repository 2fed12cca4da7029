using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Tests.Domain.Register;

public sealed class RegisterRulesTests
{
    private static readonly RegisterEntryData Valid = new()
    {
        Name = "测试 SDK",
        Provider = "测试公司",
        Kind = EntryKind.Sdk,
        Purpose = "统计",
        InformationItems = ["device-model"],
    };

    [Fact]
    public void Validate_Valid_NoProblems() => Check(Valid).ShouldBeEmpty();

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.com/policy")]
    public void Validate_NonWebUrl_Refused(string url) => Check(Valid with { PrivacyPolicyUrl = url }).ShouldContain(RegisterRule.UnsafeUrl);

    [Theory]
    [InlineData("https://privacy.qq.com/document/preview/xyz")]
    [InlineData("http://example.com/privacy")]
    public void Validate_WebUrl_Accepted(string url) => Check(Valid with { PrivacyPolicyUrl = url }).ShouldBeEmpty();

    [Fact]
    public void Validate_CrossBorderWithoutDestination_Refused()
    {
        Check(Valid with { CrossBorder = true }).ShouldBe([RegisterRule.CrossBorderWithoutDestination]);
        Check(Valid with { CrossBorder = true, CrossBorderDestination = "新加坡" }).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_SensitiveItemWithoutLegalBasis_Refused()
    {
        Check(Valid with { InformationItems = ["precise-location"] }).ShouldBe([RegisterRule.SensitiveWithoutLegalBasis]);
        Check(Valid with { InformationItems = ["precise-location"], LegalBasis = LegalBasis.Consent }).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_EverythingWrong_EveryProblemNamed()
    {
        var bad = Valid with { Name = " ", Provider = "", Purpose = "", InformationItems = ["no-such-item"], Status = EntryStatus.Retired, ContractSignedOn = new DateOnly(2026, 5, 1), NextReviewOn = new DateOnly(2026, 1, 1) };

        Check(bad).ShouldBe([RegisterRule.NameRequired, RegisterRule.ProviderRequired, RegisterRule.PurposeRequired, RegisterRule.NoInformationItems,
            RegisterRule.RetiredWithoutReason, RegisterRule.ReviewBeforeContract], ignoreOrder: true);
    }

    [Fact]
    public void Validate_RetiredCatalogueItem_Refused()
    {
        var retired = PersonalInformationItem.Create("old-id", InformationCategory.Device, "旧标识", "Old id", false);
        retired.Retire();

        RegisterEntryRules.Validate(Valid with { InformationItems = ["old-id"] }, code => code == "old-id" ? retired : null)
            .ShouldBe([RegisterRule.RetiredItemUsed]);
    }

    [Fact]
    public void IdentityKey_SameNameAndProviderIgnoringCaseAndSpaces_Equal()
    {
        (Valid with { Name = "测试  sdk" }).IdentityKey.ShouldBe((Valid with { Name = "测试SDK" }).IdentityKey);
        (Valid with { Provider = "另一家公司" }).IdentityKey.ShouldNotBe(Valid.IdentityKey);
    }

    [Theory]
    [InlineData("2026-12-20", true)]
    [InlineData("2026-11-01", true)]
    [InlineData("2027-01-10", false)]
    public void ReviewDue_PassedOrWithin30Days(string review, bool due) =>
        RegisterEntryRules.ReviewDue(Valid with { NextReviewOn = DateOnly.Parse(review) }, new DateOnly(2026, 11, 24)).ShouldBe(due);

    [Fact]
    public void ReviewDue_RetiredEntry_Never() =>
        RegisterEntryRules.ReviewDue(Valid with { NextReviewOn = new DateOnly(2020, 1, 1), Status = EntryStatus.Retired, RetiredReason = "停用" }, new DateOnly(2026, 11, 24)).ShouldBeFalse();

    [Theory]
    [InlineData("", InformationCategory.Basic, "名", "Name", RegisterRule.InvalidCode)]
    [InlineData("bad code", InformationCategory.Basic, "名", "Name", RegisterRule.InvalidCode)]
    [InlineData("ok", InformationCategory.Basic, " ", "Name", RegisterRule.NameRequired)]
    public void CatalogueItem_Invalid_Refused(string code, InformationCategory category, string zh, string en, RegisterRule rule) =>
        Should.Throw<RegisterRuleException>(() => PersonalInformationItem.Create(code, category, zh, en, false)).Rule.ShouldBe(rule);

    private static IReadOnlyList<RegisterRule> Check(RegisterEntryData entry) => RegisterEntryRules.Validate(entry, SeedCatalogue.Find);
}
