using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Tests.Domain.Register;

public sealed class RegisterListsTests
{
    [Fact]
    public void Seed_HasTheSeventeenUsesAndThePartners_AllValid()
    {
        // Items 10 and 11 of the policy's list name what the push SDKs use: they are those SDKs' rows, not recipients of their own.
        SeedRegister.Entries.Count(e => e.Group == CollectionGroup.BackgroundCollection).ShouldBe(15);
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
    public void Collection_OneRowPerFunction_InThePolicysGroups_FromActiveEntriesOnly()
    {
        var entries = SeedRegister.Entries.Select(e => e.Name == "腾讯地图 SDK（精确位置）" ? e with { Status = EntryStatus.Suspended } : e).ToList();

        var rows = MiitLists.Collection(entries, SeedCatalogue.Find, i => i.NameZh);

        rows.ShouldNotContain(r => r.Function == "腾讯地图 SDK（精确位置）");
        rows.Select(r => r.Group).ShouldBeInOrder();
        rows.First().Function.ShouldBe("百度统计 SDK");
        rows.Where(r => r.Group == CollectionGroup.BackgroundCollection).Last().Function.ShouldBe("腾讯地图定位 SDK（IMSI）"); // 第17项 after 第7、10、11项
        var registration = rows.Single(r => r.Function == "用户注册");
        registration.Items.ShouldContain(new ListedItem("手机号码、个人电话号码", true));
        registration.Section.ShouldBe("一.(一)1(1)");
        rows.ShouldNotContain(r => r.Function == "顺丰速运"); // recipients are on the sharing list
        rows.ShouldAllBe(r => r.Items.All(i => i.Name != "推广覆盖面和有效性的统计信息（不能识别个人身份）"));
    }

    [Fact]
    public void Sharing_HasTheFieldsMiitAsksFor()
    {
        var rows = MiitLists.Sharing(SeedRegister.Entries, SeedCatalogue.Find, i => i.NameZh);

        var push = rows.Single(r => r.Name == "小米推送 SDK");
        push.ThirdParty.ShouldBe("北京小米移动软件有限公司");
        push.InformationTypes.ShouldBe(["Android ID", "MAC 地址"]);
        push.SharingMethod.ShouldBe("SDK 本机采集");
        push.PrivacyPolicyUnconfirmed.ShouldBeTrue();
        rows.Single(r => r.Name == "腾讯地图定位 SDK（IMSI）").Background.ShouldBeTrue();
        rows.ShouldNotContain(r => r.Kind == EntryKind.DevicePermission || r.Kind == EntryKind.BusinessFunction);
        rows.Count.ShouldBe(SeedRegister.Entries.Count(e => EntryKinds.IsOnSharingList(e.Kind)));
    }

    [Fact]
    public void Unconfirmed_NamesEveryProviderAndLinkThePolicyDoesNotGive()
    {
        var facts = MiitLists.Unconfirmed(SeedRegister.Entries);

        facts.ShouldContain(new UnconfirmedFact("利群网商支付", "Provider"));
        facts.ShouldContain(new UnconfirmedFact("利群网商的关联方", "Provider"));
        facts.ShouldContain(new UnconfirmedFact("百度统计 SDK", "PrivacyPolicyUrl"));
        facts.ShouldContain(new UnconfirmedFact("顺丰速运", "SharingMethod"));
        facts.ShouldNotContain(f => f.EntryName == "用户注册");
        MiitLists.Unconfirmed(SeedRegister.Entries.Select(e => e with { ProviderUnconfirmed = false, PrivacyPolicyUrl = "https://example.com/p", SharingMethod = "接口" })).ShouldBeEmpty();
    }

    [Fact]
    public void UnusedItems_AreTheCatalogueItemsNoRowUses()
    {
        var unused = MiitLists.UnusedItems(SeedRegister.Entries, SeedCatalogue.Items).Select(i => i.Code).ToList();

        unused.ShouldContain("birthday"); // the policy defines it but names no function that collects it
        unused.ShouldNotContain("phone");
        unused.ShouldNotContain("promotion-statistics");
        MiitLists.UnusedItems(SeedRegister.Entries.Where(e => e.Name != "用户注册"), SeedCatalogue.Items).Select(i => i.Code).ShouldContain("verification-code");
    }

    [Theory]
    [InlineData("一.(一)1(3)", "一.(一)1(10)")]
    [InlineData("一 第9、11项", "一 第12项")]
    [InlineData("一.(一)3", "一.(二)1(1)")]
    [InlineData("一 第17项", "二十")]
    public void PolicySectionOrder_FollowsThePolicysNumbering(string before, string after)
    {
        PolicySectionOrder.Instance.Compare(before, after).ShouldBeLessThan(0);
        PolicySectionOrder.Instance.Compare(after, before).ShouldBeGreaterThan(0);
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
