namespace LiqunCompliance.Domain.Register;

/// <summary>
/// The personal-information catalogue as the seed privacy policy defines it (一, opening paragraphs), with the
/// policy's own sensitivity marking: property, face, identity documents, network identity (account, e-mail,
/// password), contacts, phone numbers, itineraries, browsing history, accommodation and precise location.
/// </summary>
public static class SeedCatalogue
{
    public static IReadOnlyList<PersonalInformationItem> Items { get; } =
    [
        Item("name", InformationCategory.Basic, "姓名", "Name", false),
        Item("birthday", InformationCategory.Basic, "生日", "Birthday", false),
        Item("gender", InformationCategory.Basic, "性别", "Gender", false),
        Item("address", InformationCategory.Basic, "收货地址、住址", "Delivery or home address", false),
        Item("phone", InformationCategory.Basic, "手机号码、个人电话号码", "Mobile and personal phone number", true),
        Item("identity-document", InformationCategory.IdentityDocument, "身份证件（身份证、军官证、护照、驾驶证、户口本）", "Identity documents (ID card, officer card, passport, driving licence, household register)", true),
        Item("face", InformationCategory.Biometric, "面部识别特征", "Facial recognition features", true),
        Item("account", InformationCategory.NetworkIdentity, "账户名、账户昵称", "Account name and nickname", true),
        Item("email", InformationCategory.NetworkIdentity, "邮箱地址", "E-mail address", true),
        Item("password", InformationCategory.NetworkIdentity, "密码及密码保护问题和答案", "Password and security questions", true),
        Item("ip-address", InformationCategory.NetworkIdentity, "IP 地址", "IP address", false),
        Item("transactions", InformationCategory.Property, "交易和消费记录", "Transaction and purchase records", true),
        Item("virtual-property", InformationCategory.Property, "余额、积分、优惠券、礼品卡等虚拟财产", "Balance, points, coupons, gift cards", true),
        Item("order", InformationCategory.Property, "订单信息（订单号、金额、商品、收货信息）", "Order information (number, amount, goods, delivery)", true),
        Item("contacts", InformationCategory.Contacts, "通讯录", "Contacts", true),
        Item("browsing", InformationCategory.OnlineActivity, "网页浏览记录", "Web browsing history", true),
        Item("app-usage", InformationCategory.OnlineActivity, "软件使用记录、点击记录", "App usage and click records", false),
        Item("app-list", InformationCategory.Device, "应用列表", "List of installed apps", false),
        Item("device-model", InformationCategory.Device, "硬件型号、操作系统类型", "Hardware model, operating system", false),
        Item("android-id", InformationCategory.Device, "Android ID", "Android ID", false),
        Item("oaid", InformationCategory.Device, "OAID", "OAID", false),
        Item("imei", InformationCategory.Device, "IMEI", "IMEI", false),
        Item("imsi", InformationCategory.Device, "IMSI", "IMSI", false),
        Item("serial-number", InformationCategory.Device, "设备序列号", "Device serial number", false),
        Item("mac", InformationCategory.Device, "MAC 地址", "MAC address", false),
        Item("bssid", InformationCategory.Device, "BSSID", "BSSID", false),
        Item("ssid", InformationCategory.Device, "SSID", "SSID", false),
        Item("network-state", InformationCategory.Device, "网络状态（WLAN 扫描结果、移动网络）", "Network state (WLAN scan results, mobile network)", false),
        Item("crash-log", InformationCategory.Device, "应用崩溃信息", "App crash information", false),
        Item("precise-location", InformationCategory.Location, "精准定位信息", "Precise location", true),
        Item("itinerary", InformationCategory.Location, "行程信息", "Itinerary", true),
        Item("accommodation", InformationCategory.Location, "住宿信息", "Accommodation", true),
        Item("photos", InformationCategory.Content, "照片（相机拍摄、相册选择）", "Photos (camera, album)", false),

        // The app's own collection in policy 一.(一)–(四), beyond the definitions above.
        Item("verification-code", InformationCategory.NetworkIdentity, "手机验证码", "SMS verification code", false),
        Item("landline", InformationCategory.Basic, "固定电话", "Landline number", true),
        Item("device-name", InformationCategory.Device, "设备名称", "Device name", false),
        Item("device-id", InformationCategory.Device, "设备识别码", "Device identifier", false),
        Item("software-version", InformationCategory.Device, "操作系统和应用程序版本", "Operating system and app version", false),
        Item("language", InformationCategory.Device, "语言设置", "Language setting", false),
        Item("resolution", InformationCategory.Device, "分辨率", "Screen resolution", false),
        Item("plmn", InformationCategory.Device, "服务提供商网络 ID（PLMN）", "Carrier network ID (PLMN)", false),
        Item("browser-type", InformationCategory.Device, "浏览器类型", "Browser type", false),
        Item("search-history", InformationCategory.OnlineActivity, "搜索内容及搜索历史记录", "Search terms and search history", false),
        Item("order-number-amount", InformationCategory.Property, "订单号与交易金额", "Order number and amount", true),
        Item("self-photo", InformationCategory.IdentityDocument, "本人照片或视频（实名信息）", "Photo or video of yourself (real-name information)", false),
        Item("cs-communication", InformationCategory.Content, "与客服沟通时提供的其他信息（如变更配送地址、联系人或联系电话）", "Other information given to customer service (e.g. a new delivery address, contact or phone)", false),
        Item("survey-answers", InformationCategory.Content, "问卷答复信息", "Survey answers", false),
        Item("partner-interactions", InformationCategory.OnlineActivity, "与关联方、合作伙伴互动时获得的相关信息", "Information from your interactions with affiliates and partners", false),
        Item("risk-urls", InformationCategory.OnlineActivity, "有风险的链接（URL）", "Links (URLs) considered risky", false),
        Item("microphone-audio", InformationCategory.Content, "麦克风采集的声音", "Sound recorded by the microphone", false),
        Item("review-content", InformationCategory.Content, "晒单及评价内容", "Shared photos and reviews", false),
        Item("third-party-profile", InformationCategory.NetworkIdentity, "第三方账户头像、昵称", "Third-party account avatar and nickname", true),
        Item("promotion-statistics", InformationCategory.NonIdentifyingStatistics, "推广覆盖面和有效性的统计信息（不能识别个人身份）", "Reach and effectiveness statistics that identify no one", false),
    ];

    public static PersonalInformationItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);

    private static PersonalInformationItem Item(string code, InformationCategory category, string zh, string en, bool sensitive) =>
        PersonalInformationItem.Create(code, category, zh, en, sensitive);
}
