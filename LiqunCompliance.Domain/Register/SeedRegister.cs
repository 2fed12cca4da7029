namespace LiqunCompliance.Domain.Register;

/// <summary>
/// The seventeen SDK and permission uses the seed policy lists ("应用程序后台状态收集和使用个人数据的目的、方式和范围")
/// and the partners it names (三.(一): payment, logistics, merchants, promotion clients, affiliates, the cloud service 云鼎),
/// with the data and purposes as the policy states them. Privacy-policy links are left for the office to fill in.
/// </summary>
public static class SeedRegister
{
    private const string Tencent = "深圳市腾讯计算机系统有限公司";
    private const string TencentMap = "腾讯科技（深圳）有限公司（腾讯位置服务）";
    private const string Self = "利群集团青岛电子商务有限公司（利群网商 App）";
    private const string Address = "选择收货地址、获取附近门店";

    public static IReadOnlyList<RegisterEntryData> Entries { get; } =
    [
        Sdk("百度统计 SDK", "北京百度网讯科技有限公司", "统计页面访问和 App 使用情况，以便改善程序、提供更好服务", "App 运行期间", ["app-list", "bssid", "ssid", "app-usage"], background: false),
        Sdk("腾讯地图 SDK（精确位置）", TencentMap, "服务用户选择收货地址", "选择收货地址", ["precise-location"], background: false, android: "ACCESS_FINE_LOCATION"),
        Sdk("腾讯地图定位 SDK（OAID）", TencentMap, "获取定位地址", Address, ["oaid", "precise-location"], background: true, android: "ACCESS_FINE_LOCATION"),
        Sdk("腾讯地图定位 SDK（BSSID）", TencentMap, "获取定位地址", Address, ["bssid", "precise-location"], background: true, android: "ACCESS_WIFI_STATE"),
        Sdk("腾讯地图定位 SDK（SSID）", TencentMap, "获取定位地址", Address, ["ssid", "precise-location"], background: true, android: "ACCESS_WIFI_STATE"),
        Sdk("腾讯移动应用接入 SDK（微信支付）", Tencent, "用户下单时调起微信支付", "提交订单、支付", ["oaid"], background: false),
        Sdk("小米推送 SDK", "北京小米移动软件有限公司", "向小米手机用户推送订单、物流信息", "订单与物流状态变化", ["device-model", "android-id", "mac"], background: false),
        Sdk("华为推送 SDK", "华为软件技术有限公司", "向华为手机用户推送订单、物流信息", "订单与物流状态变化", ["device-model", "mac"], background: false),
        Sdk("vivo 推送 SDK", "维沃移动通信有限公司", "向 vivo 手机用户推送订单、物流信息", "订单与物流状态变化", ["device-model", "mac"], background: false),
        Sdk("Android ID（推送 SDK 使用）", "小米、华为、vivo 推送服务提供方", "向手机用户推送订单、物流信息", "订单与物流状态变化", ["android-id"], background: false),
        Sdk("MAC 地址（推送 SDK 使用）", "小米、华为、vivo 推送服务提供方", "推送订单、物流信息", "订单与物流状态变化", ["mac"], background: false),
        Sdk("腾讯 Bugly SDK", Tencent, "收集应用崩溃信息，以便完善程序", "App 崩溃时", ["crash-log", "device-model"], background: false),
        Permission("相机权限", "申请售后时拍摄商品照片", "申请售后", ["photos"], "CAMERA", "NSCameraUsageDescription"),
        Permission("存储权限", "申请售后时从相册选择照片；缓存网络图片以减少流量", "申请售后、浏览商品", ["photos"], "READ_EXTERNAL_STORAGE, WRITE_EXTERNAL_STORAGE", "NSPhotoLibraryUsageDescription"),
        Permission("设备标识（无感知登录）", "无感知登录，支持自动登录 App（在运行、静默状态下或后台运行时收集）", "启动 App、自动登录", ["android-id", "imei", "serial-number"], "READ_PHONE_STATE", null, background: true),
        Permission("网络状态判断", "根据网络信息判断是否加载和缓存数据", "App 运行期间", ["network-state"], "ACCESS_NETWORK_STATE, ACCESS_WIFI_STATE", null),
        Sdk("腾讯地图定位 SDK（IMSI）", TencentMap, "获取定位地址", Address, ["imsi", "precise-location"], background: true, android: "READ_PHONE_STATE"),
        Partner("微信支付", "财付通支付科技有限公司", EntryKind.PaymentInstitution, "确认支付指令并完成支付", "支付订单", ["order"]),
        Partner("银联支付", "中国银联股份有限公司", EntryKind.PaymentInstitution, "确认支付指令并完成支付", "支付订单", ["order"]),
        Partner("网联清算", "网联清算有限公司", EntryKind.PaymentInstitution, "支付清算", "支付订单", ["order"]),
        Partner("顺丰速运", "顺丰速运有限公司", EntryKind.LogisticsCompany, "安排送货", "订单发货与配送", ["name", "phone", "address", "order"]),
        Partner("圆通速递", "圆通速递有限公司", EntryKind.LogisticsCompany, "安排送货", "订单发货与配送", ["name", "phone", "address", "order"]),
        Partner("第三方商家", "入驻利群网商的第三方商家", EntryKind.Merchant, "完成您向其购买的商品或服务及售后", "下单购买第三方商家商品", ["name", "phone", "address", "order"]),
        Partner("委托推广的合作伙伴", "委托利群网商推广的企业", EntryKind.PromotionClient, "推广效果统计（仅汇总、不可识别个人的信息）", "促销推广活动", ["app-usage"], basis: LegalBasis.Consent),
        Partner("利群集团关联方", "利群集团股份有限公司及其关联公司", EntryKind.Affiliate, "在本政策声明的目的内提供服务", "会员服务、门店服务", ["order", "account", "device-model", "precise-location"], basis: LegalBasis.Consent),
        Partner("云鼎服务", "利群集团（云鼎）", EntryKind.CloudService, "为共享数据提供安全可控的云端使用和存储环境", "与第三方共享数据时", ["order", "account"]),
    ];

    private static RegisterEntryData Sdk(string name, string provider, string purpose, string scenario, string[] items, bool background, string? android = null) => new()
    {
        Name = name,
        Provider = provider,
        Kind = EntryKind.Sdk,
        Purpose = purpose,
        Scenario = scenario,
        InformationItems = items,
        AndroidPermissions = android,
        CollectionMethod = CollectionMethod.SdkOnDevice,
        CollectsInBackground = background,
        SharingMethod = "SDK 本机采集",
        LegalBasis = LegalBasis.Consent,
    };

    private static RegisterEntryData Permission(string name, string purpose, string scenario, string[] items, string android, string? ios, bool background = false) => new()
    {
        Name = name,
        Provider = Self,
        Kind = EntryKind.DevicePermission,
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

    private static RegisterEntryData Partner(string name, string provider, EntryKind kind, string purpose, string scenario, string[] items, LegalBasis basis = LegalBasis.NecessaryForContract) => new()
    {
        Name = name,
        Provider = provider,
        Kind = kind,
        Purpose = purpose,
        Scenario = scenario,
        InformationItems = items,
        CollectionMethod = CollectionMethod.ServerSideSharing,
        SharingMethod = "服务端接口传输（加密）",
        LegalBasis = basis,
    };
}
