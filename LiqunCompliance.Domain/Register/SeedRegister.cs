namespace LiqunCompliance.Domain.Register;

/// <summary>
/// What the seed policy says the app collects and shares, as register entries: the business functions of section 一
/// (一)–(四) with the items each collects; the seventeen SDK and permission uses of its opening list
/// ("应用程序后台状态收集和使用个人数据的目的、方式和范围"); and every recipient it names (payment institutions including
/// 利群网商支付, logistics companies, the real-name service providers of 一.(一)1(3), merchants, promotion clients, affiliates,
/// technology and data-processing suppliers, and 云鼎, which 三.(一)4 says Liqun runs itself). Data types are the policy's
/// own. The policy names SDKs and partners by brand only ("百度统计", "顺丰", "银联"): the companies behind them are the
/// office's best reading, stored as 待确认 until it confirms them from the contracts, as is a provider the policy names only
/// as a category; privacy-policy links are left for the office.
/// </summary>
public static class SeedRegister
{
    private const string Tencent = "深圳市腾讯计算机系统有限公司";
    private const string TencentMap = "腾讯科技（深圳）有限公司（腾讯位置服务）";
    private const string Self = "利群集团青岛电子商务有限公司（利群网商 App）";
    private const string Address = "选择收货地址、获取附近门店";
    private const string Pay = "确认您的支付指令并完成支付";

    public static IReadOnlyList<RegisterEntryData> Entries { get; } =
    [
        // 一, opening list: background collection by SDKs and permissions (items 1–17; 10 and 11 name what the push SDKs use).
        Sdk("一 第1项", "百度统计 SDK", "北京百度网讯科技有限公司", "服务用户访问页面和 App 使用情况，以便改善程序，提供更好服务", "App 运行期间", ["app-list", "bssid", "ssid", "app-usage"], background: false),
        Sdk("一 第2项", "腾讯地图 SDK（精确位置）", TencentMap, "服务用户选择收货地址", "选择收货地址", ["precise-location"], background: false, android: "ACCESS_FINE_LOCATION"),
        Sdk("一 第3项", "腾讯地图定位 SDK（OAID）", TencentMap, "获取定位地址，服务用户选择收货地址、获取附近门店", Address, ["oaid", "precise-location"], background: true, android: "ACCESS_FINE_LOCATION"),
        Sdk("一 第4项", "腾讯地图定位 SDK（BSSID）", TencentMap, "获取定位地址，服务用户选择收货地址、获取附近门店", Address, ["bssid", "precise-location"], background: true, android: "ACCESS_WIFI_STATE"),
        Sdk("一 第5项", "腾讯地图定位 SDK（SSID）", TencentMap, "获取定位地址，服务用户选择收货地址、获取附近门店", Address, ["ssid", "precise-location"], background: true, android: "ACCESS_WIFI_STATE"),
        Sdk("一 第6项", "腾讯移动应用接入 SDK（微信支付）", Tencent, "服务用户下单时，调起微信支付功能", "提交订单、支付", ["oaid"], background: false),
        Sdk("一 第7、10、11项", "小米推送 SDK", "北京小米移动软件有限公司", "推送小米手机用户订单、物流信息", "订单与物流状态变化", ["android-id", "mac"], background: false),
        Sdk("一 第8、11项", "华为推送 SDK", "华为软件技术有限公司", "推送华为手机用户订单、物流信息", "订单与物流状态变化", ["mac"], background: false),
        Sdk("一 第9、11项", "vivo 推送 SDK", "维沃移动通信有限公司", "推送 vivo 手机用户订单、物流信息", "订单与物流状态变化", ["mac"], background: false),
        Sdk("一 第12项", "腾讯 Bugly SDK", Tencent, "收集应用崩溃信息，以便完善程序", "App 崩溃时", ["crash-log"], background: false),
        Permission("一 第13项", "相机权限", "服务用户申请售后，拍摄照片，以提供售后商品照片", "申请售后", ["photos"], "CAMERA", "NSCameraUsageDescription"),
        Permission("一 第14项", "存储权限", "服务用户申请售后，从相册选择照片提供售后商品图片；缓存网络图片信息，减少用户流量消耗", "申请售后、浏览商品", ["photos"], "READ_EXTERNAL_STORAGE, WRITE_EXTERNAL_STORAGE", "NSPhotoLibraryUsageDescription"),
        Permission("一 第15项", "设备标识（无感知登录）", "服务用户无感知登录，支持自动登录 App", "启动 App、自动登录（在运行、静默状态下或在后台运行时收集）", ["android-id", "imei", "serial-number"], "READ_PHONE_STATE", null, background: true),
        Permission("一 第16项", "网络状态判断", "根据网络信息判断是否加载和缓存数据", "App 运行期间", ["network-state"], "ACCESS_NETWORK_STATE, ACCESS_WIFI_STATE", null),
        Sdk("一 第17项", "腾讯地图定位 SDK（IMSI）", TencentMap, "获取定位地址，服务用户选择收货地址、获取附近门店", Address, ["imsi", "precise-location"], background: true, android: "READ_PHONE_STATE"),

        // 一.(一)1: functions needed for online shopping.
        Function(CollectionGroup.OnlineShopping, "一.(一)1(1)", "用户注册", "创建利群网商平台账户", "注册利群网商账户", ["phone", "verification-code", "password"]),
        Function(CollectionGroup.OnlineShopping, "一.(一)1(2)", "商品信息展示", "为您提供商品信息展示的最优方式，并不断改进和优化该功能", "浏览商品", ["device-name", "device-model", "device-id", "software-version", "language", "resolution", "plmn", "browser-type"]),
        Function(CollectionGroup.OnlineShopping, "一.(一)1(2)", "商品搜索", "保留您的搜索内容，以方便您重复输入或为您展示与搜索内容相关联的商品", "搜索商品或服务", ["search-history"]),
        Function(CollectionGroup.OnlineShopping, "一.(一)1(3)", "下单", "生成订单；进行身份核验、确定交易、支付结算、完成配送、查询订单以及提供客服咨询与售后服务；判断交易是否存在异常以保护交易安全", "结算购物车内的商品（固定电话、邮箱地址可选填）", ["name", "address", "phone", "order", "landline", "email"]),
        Function(CollectionGroup.OnlineShopping, "一.(一)1(3)", "实名信息（机票、火车票、酒店、跟团旅行、手机号卡或合约机、宽带）", "根据国家法律法规或服务提供方的要求提供实名信息", "预订机票、火车票、酒店、跟团旅行，购买手机号卡或合约机，办理宽带", ["identity-document", "self-photo", "name", "phone", "itinerary", "accommodation", "address"]),
        Function(CollectionGroup.OnlineShopping, "一.(一)1(4)", "支付功能", "与支付机构共享订单号与交易金额，以实现其确认您的支付指令并完成支付（支付功能本身不收集您的个人信息）", "下单后支付", ["order-number-amount"]),
        Function(CollectionGroup.OnlineShopping, "一.(一)1(5)", "交付产品或服务", "使用您的订单信息以保证您订购的商品能够安全送达", "货到付款或在线支付后配送", ["order"]),
        Function(CollectionGroup.OnlineShopping, "一.(一)1(6)", "客服与售后", "使用您的账号信息与您核验身份，查询订单信息，提供客服与售后服务", "拨打客服电话 4006888688、在线客服、申请售后", ["account", "order", "cs-communication"]),

        // 一.(一)2 and 3: improving the service, keeping transactions safe.
        Function(CollectionGroup.ServiceImprovement, "一.(一)2", "改进产品与服务", "在您搜索时向您展示您可能希望找到的商品；提供服务及改进服务质量；关联您各设备上的信息以提供一致的服务", "搜索、联系客服、参与问卷调查、与关联方及合作伙伴互动", ["search-history", "cs-communication", "survey-answers", "partner-interactions"]),
        Function(CollectionGroup.TransactionSecurity, "一.(一)3", "保障交易安全", "判断账号风险，预防钓鱼网站欺诈和保护账户安全；分析系统问题、统计流量并排查可能存在的风险", "使用 App 期间；您选择向我们发送异常信息时", ["browsing", "order", "app-list", "device-model", "device-id", "risk-urls"]),

        // 一.(二): optional functions.
        Function(CollectionGroup.AdditionalFeatures, "一.(二)1(1)", "基于位置信息的附加功能", "判断您所处的地点、您所在区域可以购买的商品或服务（仅收集当时所处的地理位置，不结合各时段位置判断行踪轨迹）", "开启位置权限后使用", ["precise-location"], LegalBasis.Consent),
        Function(CollectionGroup.AdditionalFeatures, "一.(二)1(2)", "基于摄像头（相机）的附加功能", "完成视频拍摄、拍照、扫码以及人脸识别登录", "使用相机、人脸识别登录", ["face", "photos"], LegalBasis.Consent),
        Function(CollectionGroup.AdditionalFeatures, "一.(二)1(3)", "基于图片上传的附加功能", "识别您需要购买的商品；使用包含您所上传图片的评价", "拍照购物、晒单及评价", ["photos", "review-content"], LegalBasis.Consent),
        Function(CollectionGroup.AdditionalFeatures, "一.(二)1(4)", "基于通讯录信息的附加功能", "方便您购物时不再手动输入通讯录中联系人的信息（如为通讯录中的电话号码充值）；经您同意，判断您的好友是否同为利群网商用户", "充值、好友互动", ["contacts"], LegalBasis.Consent),
        Function(CollectionGroup.AdditionalFeatures, "一.(二)2", "麦克风权限", "实现上述附加功能所涉及的信息的收集和使用", "开启麦克风权限后使用附加功能（如视频拍摄）", ["microphone-audio"], LegalBasis.Consent),

        // 一.(四): information from third parties.
        Function(CollectionGroup.FromThirdParties, "一.(四)", "第三方账户登录", "将您的第三方账户与利群网商账户绑定，使您可以通过第三方账户直接登录并使用我们的产品与/或服务", "使用第三方账户登录", ["third-party-profile"], LegalBasis.Consent),

        // Recipients: 一.(一)1(3)–(5) and 三.(一).
        Partner("一.(一)1(4)", "利群网商支付", "利群网商的关联方或合作支付机构", EntryKind.PaymentInstitution, Pay, "下单后支付", ["order-number-amount"], providerUnconfirmed: true),
        Partner("一.(一)1(4)", "微信支付", "财付通支付科技有限公司", EntryKind.PaymentInstitution, Pay, "下单后支付", ["order-number-amount"], providerUnconfirmed: true),
        Partner("一.(一)1(4)", "银联支付通道", "中国银联股份有限公司", EntryKind.PaymentInstitution, Pay, "下单后支付", ["order-number-amount"], providerUnconfirmed: true),
        Partner("一.(一)1(4)", "网联支付通道", "网联清算有限公司", EntryKind.PaymentInstitution, Pay, "下单后支付", ["order-number-amount"], providerUnconfirmed: true),
        Partner("一.(一)1(5)", "顺丰速运", "顺丰速运有限公司", EntryKind.LogisticsCompany, "完成订单的交付，保证您订购的商品能够安全送达", "订单发货与配送", ["order"], providerUnconfirmed: true),
        Partner("一.(一)1(5)", "圆通速递", "圆通速递有限公司", EntryKind.LogisticsCompany, "完成订单的交付，保证您订购的商品能够安全送达", "订单发货与配送", ["order"], providerUnconfirmed: true),
        Partner("一.(一)1(3)", "机票、火车票票务服务", "票务销售方及其授权的代理方", EntryKind.RealNameServiceProvider, "根据国家法律法规或服务提供方的要求进行实名登记，完成出票", "预订机票、火车票", ["identity-document", "self-photo", "name", "phone", "itinerary"], providerUnconfirmed: true),
        Partner("一.(一)1(3)", "酒店及跟团旅行服务", "酒店、旅行社及其授权的代理方", EntryKind.RealNameServiceProvider, "根据国家法律法规或服务提供方的要求进行实名登记，完成预订", "预订酒店、跟团旅行", ["identity-document", "self-photo", "name", "phone", "itinerary", "accommodation"], providerUnconfirmed: true),
        Partner("一.(一)1(3)", "手机号卡、合约机及宽带服务", "基础电信运营商、移动转售运营商", EntryKind.RealNameServiceProvider, "根据国家法律法规要求进行实名登记，完成开卡、安装", "购买手机号卡或合约机、办理宽带", ["identity-document", "self-photo", "name", "phone", "address"], providerUnconfirmed: true),
        Partner("三.(一)3(1)", "商品或技术服务的供应商", "供货、基础设施技术服务、数据处理等服务的供应商", EntryKind.TechnologySupplier, "支持我们的功能，实现产品与/或服务的核心购物功能", "供货、基础设施技术服务、数据处理", ["order", "account", "device-model", "precise-location"], providerUnconfirmed: true),
        Partner("三.(一)3(2)", "第三方商家", "入驻利群网商的第三方商家", EntryKind.Merchant, "实现您向其购买商品或服务的需求，并促使其完成后续的售后服务", "下单购买第三方商家的商品或服务", ["order"]),
        Partner("三.(一)3(3)", "委托推广的合作伙伴", "委托利群网商进行推广的企业", EntryKind.PromotionClient, "向委托方提供推广的覆盖面和有效性的信息，不提供个人身份信息", "促销推广活动", ["promotion-statistics"], basis: LegalBasis.Consent),
        Partner("三.(一)2", "利群网商的关联方", "利群网商的关联方", EntryKind.Affiliate, "在本隐私政策声明的目的内提供服务（如由关联方提供支付、配送），仅共享必要的个人信息", "支付、配送", ["order"], providerUnconfirmed: true),
        Partner("三.(一)4", "云鼎服务", "利群网商（自营）", EntryKind.CloudService, "为与第三方共享的数据提供安全可控的云端使用和存储环境", "与第三方共享数据时", ["order", "account", "device-model", "precise-location"]),
    ];

    private static RegisterEntryData Sdk(string section, string name, string provider, string purpose, string scenario, string[] items, bool background, string? android = null) => new()
    {
        Name = name,
        Provider = provider,
        ProviderUnconfirmed = true,
        Kind = EntryKind.Sdk,
        Group = CollectionGroup.BackgroundCollection,
        PolicySection = section,
        Purpose = purpose,
        Scenario = scenario,
        InformationItems = items,
        AndroidPermissions = android,
        CollectionMethod = CollectionMethod.SdkOnDevice,
        CollectsInBackground = background,
        SharingMethod = "SDK 本机采集",
        LegalBasis = LegalBasis.Consent,
    };

    private static RegisterEntryData Permission(string section, string name, string purpose, string scenario, string[] items, string android, string? ios, bool background = false) => new()
    {
        Name = name,
        Provider = Self,
        Kind = EntryKind.DevicePermission,
        Group = CollectionGroup.BackgroundCollection,
        PolicySection = section,
        Purpose = purpose,
        Scenario = scenario,
        InformationItems = items,
        AndroidPermissions = android,
        IosPermissions = ios,
        CollectionMethod = CollectionMethod.DevicePermission,
        CollectsInBackground = background,
        SharingMethod = "不共享（App 自身使用）",
        LegalBasis = LegalBasis.Consent,
    };

    private static RegisterEntryData Function(CollectionGroup group, string section, string name, string purpose, string scenario, string[] items, LegalBasis basis = LegalBasis.NecessaryForContract) => new()
    {
        Name = name,
        Provider = Self,
        Kind = EntryKind.BusinessFunction,
        Group = group,
        PolicySection = section,
        Purpose = purpose,
        Scenario = scenario,
        InformationItems = items,
        CollectionMethod = CollectionMethod.InApp,
        LegalBasis = basis,
    };

    /// <summary>How the data reaches a partner is not stated by the policy: left empty, so the lists show it as 待确认.</summary>
    private static RegisterEntryData Partner(
        string section, string name, string provider, EntryKind kind, string purpose, string scenario, string[] items, LegalBasis basis = LegalBasis.NecessaryForContract, bool providerUnconfirmed = false) => new()
    {
        Name = name,
        Provider = provider,
        ProviderUnconfirmed = providerUnconfirmed,
        Kind = kind,
        PolicySection = section,
        Purpose = purpose,
        Scenario = scenario,
        InformationItems = items,
        CollectionMethod = CollectionMethod.ServerSideSharing,
        LegalBasis = basis,
    };
}
