using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Tests.Domain.Register;

/// <summary>
/// The two lists against facts read from the seed policy (copied here as data): every SDK use of 一's opening list with
/// the data it names, every recipient of 一.(一) and 三.(一), every business function of 一.(一)–(四).
/// </summary>
public sealed class SeedPolicyListsTests
{
    /// <summary>一, items 1–17: a word of the entry's name and the data the policy names for it.</summary>
    public static TheoryData<string, string[]> SdkUses => new()
    {
        { "百度统计", ["应用列表", "BSSID", "SSID"] },
        { "腾讯地图 SDK（精确位置）", ["精准定位信息"] },
        { "腾讯地图定位 SDK（OAID）", ["OAID"] },
        { "腾讯地图定位 SDK（BSSID）", ["BSSID"] },
        { "腾讯地图定位 SDK（SSID）", ["SSID"] },
        { "腾讯移动应用接入 SDK", ["OAID"] },
        { "小米推送", ["Android ID", "MAC 地址"] },
        { "华为推送", ["MAC 地址"] },
        { "vivo 推送", ["MAC 地址"] },
        { "Bugly", ["应用崩溃信息"] },
        { "腾讯地图定位 SDK（IMSI）", ["IMSI"] },
    };

    /// <summary>Recipients the policy names (一.(一)1(3)–(5), 三.(一)2–4).</summary>
    public static TheoryData<string> Recipients =>
    [
        "利群网商支付", "微信支付", "银联", "网联", "顺丰", "圆通", "票务销售方", "酒店", "旅行社", "基础电信运营商", "移动转售运营商",
        "第三方商家", "委托利群网商进行推广", "关联方", "云鼎", "技术服务", "数据处理",
    ];

    /// <summary>The business functions of 一.(一)–(四) and the items each must list.</summary>
    public static TheoryData<string, string[]> Functions => new()
    {
        { "用户注册", ["手机号码、个人电话号码", "手机验证码", "密码及密码保护问题和答案"] },
        { "商品信息展示", ["设备名称", "语言设置", "分辨率", "服务提供商网络 ID（PLMN）", "浏览器类型"] },
        { "商品搜索", ["搜索内容及搜索历史记录"] },
        { "下单", ["固定电话", "邮箱地址", "收货地址、住址"] },
        { "实名信息", ["身份证件（身份证、军官证、护照、驾驶证、户口本）", "本人照片或视频（实名信息）", "行程信息", "住宿信息"] },
        { "支付功能", ["订单号与交易金额"] },
        { "交付产品或服务", ["订单信息（订单号、金额、商品、收货信息）"] },
        { "客服与售后", ["与客服沟通时提供的其他信息（如变更配送地址、联系人或联系电话）"] },
        { "改进产品与服务", ["问卷答复信息"] },
        { "保障交易安全", ["有风险的链接（URL）", "网页浏览记录"] },
        { "基于位置信息的附加功能", ["精准定位信息"] },
        { "基于摄像头（相机）的附加功能", ["面部识别特征"] },
        { "基于图片上传的附加功能", ["晒单及评价内容"] },
        { "基于通讯录信息的附加功能", ["通讯录"] },
        { "麦克风权限", ["麦克风采集的声音"] },
        { "第三方账户登录", ["第三方账户头像、昵称"] },
    };

    private static IReadOnlyList<SharingListRow> Sharing => MiitLists.Sharing(SeedRegister.Entries, SeedCatalogue.Find, i => i.NameZh);

    private static IReadOnlyList<CollectionListRow> Collection => MiitLists.Collection(SeedRegister.Entries, SeedCatalogue.Find, i => i.NameZh);

    [Theory]
    [MemberData(nameof(SdkUses))]
    public void EverySdkUse_IsOnBothLists_WithTheDataThePolicyNames(string name, string[] data)
    {
        var row = Sharing.Single(r => r.Name.Contains(name, StringComparison.Ordinal));
        foreach (var item in data)
        {
            row.InformationTypes.ShouldContain(item);
        }

        Collection.ShouldContain(r => r.Function == row.Name);
    }

    [Theory]
    [MemberData(nameof(Recipients))]
    public void EveryRecipientThePolicyNames_IsOnTheSharingList(string name) =>
        Sharing.ShouldContain(r => r.Name.Contains(name, StringComparison.Ordinal) || r.ThirdParty.Contains(name, StringComparison.Ordinal) || r.Scenario.Contains(name, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Functions))]
    public void EveryFunctionOfSectionOne_IsOnTheCollectionList_WithItsItems(string function, string[] items)
    {
        var row = Collection.Single(r => r.Function.StartsWith(function, StringComparison.Ordinal));
        foreach (var item in items)
        {
            row.Items.Select(i => i.Name).ShouldContain(item);
        }
    }

    [Fact]
    public void DataTypes_AreThePolicys_NotMore()
    {
        // 一.(一)1(4): payment institutions receive the order number and amount, not goods or delivery details.
        Sharing.Where(r => r.Kind == EntryKind.PaymentInstitution).ShouldAllBe(r => r.InformationTypes.SequenceEqual(new[] { "订单号与交易金额" }));
        // 三.(一)3(3): promotion clients receive statistics that identify no one.
        var promotion = SeedRegister.Entries.Single(e => e.Kind == EntryKind.PromotionClient);
        promotion.InformationItems.Select(SeedCatalogue.Find).ShouldAllBe(i => i != null && !i.IsPersonalInformation);
        // Push SDKs: only what items 10 and 11 name (no device model the policy never mentions).
        Sharing.Where(r => r.Name.Contains("推送", StringComparison.Ordinal)).ShouldAllBe(r => !r.InformationTypes.Contains("硬件型号、操作系统类型"));
        Sharing.Single(r => r.Name == "腾讯 Bugly SDK").InformationTypes.ShouldBe(["应用崩溃信息"]);
    }

    [Fact]
    public void NoInventedCompanies()
    {
        Sharing.ShouldNotContain(r => r.ThirdParty.Contains("、", StringComparison.Ordinal) && r.Kind == EntryKind.Sdk); // "小米、华为、vivo 推送服务提供方" is not a company
        Sharing.Single(r => r.Name == "云鼎服务").ThirdParty.ShouldContain("利群网商"); // 三.(一)4: "我们推出了云鼎服务"
        Sharing.Where(r => r.Kind is EntryKind.RealNameServiceProvider or EntryKind.TechnologySupplier or EntryKind.Affiliate).ShouldAllBe(r => r.ThirdPartyUnconfirmed);
        // The policy names brands, not companies: every company behind an SDK, a payment channel or a courier is 待确认.
        Sharing.Where(r => r.Kind is EntryKind.Sdk or EntryKind.PaymentInstitution or EntryKind.LogisticsCompany).ShouldAllBe(r => r.ThirdPartyUnconfirmed);
        // Only the policy's own words stand as fact: the app itself, merchants and promotion clients as the policy describes them, 云鼎.
        Sharing.Where(r => r.Kind is EntryKind.Merchant or EntryKind.PromotionClient or EntryKind.CloudService).ShouldAllBe(r => !r.ThirdPartyUnconfirmed);
        SeedRegister.Entries.ShouldAllBe(e => e.ContractSignedOn == null && e.PrivacyPolicyUrl == null);
    }

    [Fact]
    public void SensitiveItems_AreMarkedOnTheCollectionList()
    {
        var order = Collection.Single(r => r.Function == "下单");
        order.Items.Single(i => i.Name == "固定电话").Sensitive.ShouldBeTrue(); // 个人电话号码
        order.HasSensitive.ShouldBeTrue();
        Collection.Single(r => r.Function == "商品信息展示").HasSensitive.ShouldBeFalse();
    }
}
