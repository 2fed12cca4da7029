using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Tests.Domain.Register;

public sealed class RegisterListsTests
{
    [Fact]
    public void Seed_HasTheSeventeenUsesAndThePartners_AllValid()
    {
        SeedRegister.Entries.Count(e => e.Kind is EntryKind.Sdk or EntryKind.DevicePermission).ShouldBe(17);
        SeedRegister.Entries.Select(e => e.Kind).Distinct().Count().ShouldBe(Enum.GetValues<EntryKind>().Length);
        SeedRegister.Entries.Select(e => e.IdentityKey).ShouldBeUnique();
        SeedRegister.Entries.ShouldAllBe(e => RegisterEntryRules.Validate(e, SeedCatalogue.Find).Count == 0);
    }

    [Fact]
    public void SeedCatalogue_MarksSensitiveAsThePolicyDoes()
    {
        string[] sensitive = ["phone", "identity-document", "face", "account", "email", "password", "transactions", "virtual-property", "contacts", "browsing", "precise-location", "itinerary", "accommodation"];

        foreach (var code in sensitive)
        {
            SeedCatalogue.Find(code)!.IsSensitive.ShouldBeTrue(code);
        }

        SeedCatalogue.Find("device-model")!.IsSensitive.ShouldBeFalse();
        SeedCatalogue.Items.Select(i => i.Code).ShouldBeUnique();
    }

    [Fact]
    public void Collection_OneRowPerItem_FromActiveEntriesOnly()
    {
        var entries = SeedRegister.Entries.Select((e, i) => i == 1 ? e with { Status = EntryStatus.Suspended } : e).ToList();

        var rows = MiitLists.Collection(entries, SeedCatalogue.Find, i => i.NameZh);

        rows.Select(r => r.InformationType).ShouldBeUnique();
        rows.ShouldContain(r => r.InformationType == "精准定位信息" && r.Sensitive && r.Purpose.Contains("获取定位地址"));
        rows.Single(r => r.InformationType == "精准定位信息").Purpose.ShouldNotContain("服务用户选择收货地址"); // the suspended entry's purpose
    }

    [Fact]
    public void Sharing_HasTheFieldsMiitAsksFor()
    {
        var rows = MiitLists.Sharing(SeedRegister.Entries, SeedCatalogue.Find, i => i.NameZh);

        var push = rows.Single(r => r.Name == "小米推送 SDK");
        push.ThirdParty.ShouldBe("北京小米移动软件有限公司");
        push.InformationTypes.ShouldContain("MAC 地址");
        push.SharingMethod.ShouldBe("SDK 本机采集");
        rows.Single(r => r.Name == "相机权限").Permissions.ShouldBe("CAMERA / NSCameraUsageDescription");
        rows.Count.ShouldBe(SeedRegister.Entries.Count);
    }

    [Fact]
    public void IsMajorChange_NewRecipientOfSensitiveData_True()
    {
        var published = SeedRegister.Entries;
        var withNew = published.Append(new RegisterEntryData { Name = "新地图 SDK", Provider = "新公司", Kind = EntryKind.Sdk, Purpose = "定位", InformationItems = ["precise-location"], LegalBasis = LegalBasis.Consent }).ToList();
        var withNonSensitive = published.Append(new RegisterEntryData { Name = "新统计 SDK", Provider = "新公司", Kind = EntryKind.Sdk, Purpose = "统计", InformationItems = ["device-model"] }).ToList();

        MiitLists.IsMajorChange(published, withNew, SeedCatalogue.Find).ShouldBeTrue();
        MiitLists.IsMajorChange(published, withNonSensitive, SeedCatalogue.Find).ShouldBeFalse();
    }

    [Fact]
    public void IsMajorChange_NewPurposeForExistingRecipient_True()
    {
        var published = SeedRegister.Entries;
        var changed = published.Select(e => e.Name == "顺丰速运" ? e with { Purpose = "安排送货；用户画像" } : e).ToList();

        MiitLists.IsMajorChange(published, changed, SeedCatalogue.Find).ShouldBeTrue();
        MiitLists.IsMajorChange(published, published, SeedCatalogue.Find).ShouldBeFalse();
    }

    [Fact]
    public void Diff_NamesEachChangedFieldWithBeforeAndAfter()
    {
        var before = SeedRegister.Entries[0];
        var after = before with { Purpose = "新目的", InformationItems = [.. before.InformationItems, "oaid"], NextReviewOn = new DateOnly(2027, 6, 30) };

        var changes = RegisterDiff.Compare(before, after);

        changes.Select(c => c.Field).ShouldBe(["Purpose", "InformationItems", "NextReviewOn"]);
        changes[0].Before.ShouldBe(before.Purpose);
        changes[0].After.ShouldBe("新目的");
        changes[2].Before.ShouldBeNull();
        RegisterDiff.Compare(before, before).ShouldBeEmpty();
        RegisterDiff.Compare(null, before).ShouldContain(c => c.Field == "Name" && c.Before == null && c.After == before.Name);
    }
}
