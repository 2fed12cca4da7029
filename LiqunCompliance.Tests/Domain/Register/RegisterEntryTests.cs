using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Tests.Domain.Register;

/// <summary>The register entry as an aggregate: each change validates what it changes, and a retired catalogue item never blocks.</summary>
public sealed class RegisterEntryTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static readonly Dictionary<string, PersonalInformationItem> Items = new()
    {
        ["device-model"] = PersonalInformationItem.Create("device-model", InformationCategory.Device, "设备型号", "Device model", sensitive: false),
        ["oaid"] = PersonalInformationItem.Create("oaid", InformationCategory.Device, "OAID", "OAID", sensitive: false),
        ["imei"] = PersonalInformationItem.Create("imei", InformationCategory.Device, "IMEI", "IMEI", sensitive: false),
        ["old-id"] = PersonalInformationItem.Create("old-id", InformationCategory.Device, "旧标识", "Old identifier", sensitive: false),
    };

    private static PersonalInformationItem? Find(string code) => Items.GetValueOrDefault(code);

    private static RegisterEntryData Sdk => new()
    {
        Name = "  统计 SDK ",
        Provider = "某科技有限公司",
        Kind = EntryKind.Sdk,
        Purpose = "统计",
        InformationItems = ["oaid", "device-model", "oaid"],
        ContractSignedOn = new DateOnly(2026, 1, 1),
    };

    [Fact]
    public void Create_Normalises_AndStartsActive()
    {
        var entry = RegisterEntry.Create(Sdk with { Status = EntryStatus.Retired, AndroidPermissions = "  " }, Find);

        entry.Data.Name.ShouldBe("统计 SDK");
        entry.Data.InformationItems.ShouldBe(["device-model", "oaid"]);
        entry.Data.AndroidPermissions.ShouldBeNull();
        entry.Status.ShouldBe(EntryStatus.Active);
    }

    [Fact]
    public void Create_ManyProblems_AllNamedAtOnce()
    {
        var refused = Should.Throw<RegisterEntryRejectedException>(() => RegisterEntry.Create(Sdk with { Purpose = " ", InformationItems = [] }, Find));

        refused.Rules.ShouldBe([RegisterRule.PurposeRequired, RegisterRule.NoInformationItems], ignoreOrder: true);
    }

    [Fact]
    public void RetiredCatalogueItem_HeldEntry_CanStillBeReviewedSuspendedRetiredAndReactivated()
    {
        var entry = RegisterEntry.Create(Sdk with { InformationItems = ["old-id", "oaid"] }, Find);
        var retiredItems = new Dictionary<string, PersonalInformationItem>(Items);
        retiredItems["old-id"] = PersonalInformationItem.Create("old-id", InformationCategory.Device, "旧标识", "Old identifier", sensitive: false);
        retiredItems["old-id"].Retire();
        PersonalInformationItem? AfterRetirement(string code) => retiredItems.GetValueOrDefault(code);

        entry.RetiredItemsHeld(AfterRetirement).ShouldBe(["old-id"]);
        entry.MarkReviewed(Today.AddMonths(6), Today, "王专员");
        entry.Suspend();
        entry.Reactivate();
        entry.Edit(entry.Data with { Purpose = "统计与崩溃分析" }, AfterRetirement).ShouldBeTrue();
        entry.Retire("不再集成");

        entry.Status.ShouldBe(EntryStatus.Retired);
        entry.LastReviewedOn.ShouldBe(Today);
        entry.Data.Purpose.ShouldBe("统计与崩溃分析");
    }

    [Fact]
    public void Edit_AddingARetiredItem_Refused_KeepingOneAlreadyHeld_Allowed()
    {
        var retired = PersonalInformationItem.Create("imei", InformationCategory.Device, "IMEI", "IMEI", sensitive: false);
        retired.Retire();
        PersonalInformationItem? Lookup(string code) => code == "imei" ? retired : Find(code);
        var entry = RegisterEntry.Create(Sdk, Find);

        Should.Throw<RegisterEntryRejectedException>(() => entry.Edit(entry.Data with { InformationItems = ["oaid", "imei"] }, Lookup))
            .Rules.ShouldBe([RegisterRule.RetiredItemUsed]);
        entry.Data.InformationItems.ShouldBe(["device-model", "oaid"]);
    }

    [Fact]
    public void Edit_OnlyBlanksAndOrderDiffer_IsNoChange()
    {
        var entry = RegisterEntry.Create(Sdk, Find);

        entry.Edit(entry.Data with { Name = entry.Data.Name + "  ", InformationItems = ["oaid", "device-model"] }, Find).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, RegisterRule.ReviewDateNotInFuture)]
    [InlineData(-30, RegisterRule.ReviewDateNotInFuture)]
    public void MarkReviewed_NotAfterToday_Refused(int days, RegisterRule rule)
    {
        var entry = RegisterEntry.Create(Sdk, Find);

        Should.Throw<RegisterRuleException>(() => entry.MarkReviewed(Today.AddDays(days), Today, "王专员")).Rule.ShouldBe(rule);
        entry.LastReviewedOn.ShouldBeNull();
    }

    [Fact]
    public void MarkReviewed_BeforeTheContract_Refused()
    {
        var entry = RegisterEntry.Create(Sdk with { ContractSignedOn = Today.AddYears(1) }, Find);

        Should.Throw<RegisterRuleException>(() => entry.MarkReviewed(Today.AddMonths(1), Today, "王专员")).Rule.ShouldBe(RegisterRule.ReviewBeforeContract);
    }

    [Fact]
    public void Transitions_FromTheWrongStatus_Refused_AndRetireNeedsAReason()
    {
        var entry = RegisterEntry.Create(Sdk, Find);

        Should.Throw<RegisterRuleException>(entry.Reactivate).Rule.ShouldBe(RegisterRule.IllegalTransition);
        Should.Throw<RegisterRuleException>(() => entry.Retire("  ")).Rule.ShouldBe(RegisterRule.RetiredWithoutReason);
        entry.Retire("停用");
        Should.Throw<RegisterRuleException>(entry.Suspend).Rule.ShouldBe(RegisterRule.IllegalTransition);
        Should.Throw<RegisterRuleException>(() => entry.MarkReviewed(Today.AddDays(10), Today, "x")).Rule.ShouldBe(RegisterRule.IllegalTransition);
        Should.Throw<RegisterRuleException>(() => entry.Retire("again")).Rule.ShouldBe(RegisterRule.IllegalTransition);
        entry.Reactivate();
        entry.Data.RetiredReason.ShouldBeNull();
    }
}
