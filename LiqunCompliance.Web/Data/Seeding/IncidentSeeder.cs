using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// Demo incidents across grades and statuses (a push-SDK misconfiguration with a published announcement, a lost
/// courier waybill batch, a credential-stuffing attack still inside its 4-hour reporting window) and one complete
/// template per channel in Chinese and English.
/// </summary>
internal static class IncidentSeeder
{
    private const string Contact = "电子邮件 dzsw@iliqun.com，或拨打利群网商客服电话；个人信息保护专职部门将在 15 个工作日内答复。";

    public static async Task SeedTemplatesAsync(ComplianceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.NoticeTemplates.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var channel in Enum.GetValues<NoticeChannelKind>())
        {
            db.NoticeTemplates.Add(NoticeTemplate.Create(Name(channel, zh: true), channel, "zh-CN", "【利群网商】个人信息安全事件告知（{{ incident.reference }}）", Body(channel, zh: true)));
            db.NoticeTemplates.Add(NoticeTemplate.Create(Name(channel, zh: false), channel, "en-US", "Liqun: notice of a personal-information security incident ({{ incident.reference }})", Body(channel, zh: false)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task SeedDemoIncidentsAsync(ComplianceDbContext db, Actor officer, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.Incidents.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var year = ChinaTime.ToShanghai(now).Year;
        var thresholds = GradingThresholds.Default;
        var push = await db.RegisterEntries.Where(e => e.Name == "小米推送 SDK").Select(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        var courier = await db.RegisterEntries.Where(e => e.Name == "顺丰速运").Select(e => e.Id).FirstOrDefaultAsync(cancellationToken);

        // 1. Push SDK misconfiguration: graded 较大, reported, contained, announced.
        var found = now.AddDays(-12);
        var sdk = Incident.Log($"INC-{year}-0001", "推送 SDK 配置错误导致订单通知外泄", IncidentCategory.ThirdPartyOrSdk, found, found.AddHours(-30), officer, found.AddMinutes(20));
        sdk.UpdateFacts(new IncidentFacts(sdk.Title, sdk.Category, found, found.AddHours(-30), 120_000, 150_000, true, 0, 0, ["order", "phone", "device-model"],
            push == Guid.Empty ? [] : [push], "App 推送服务（小米推送通道）", "App 研发部 / 数据保护办公室", new IncidentNarrative(
                "订单号、商品名称、收货手机号后四位、设备型号", "推送服务升级时通道配置错误，部分订单通知被推送至同一设备型号的其他用户",
                "订单信息被他人看到，可能被用于冒充客服的诈骗", "已停用错误配置、回滚推送服务、要求 SDK 提供方删除缓存的通知，并开展全量复核",
                "警惕自称利群客服的退款、理赔电话；不要透露验证码；如有疑问请通过官方渠道核实", "如因本事件受到损失，可联系我们申请核实与补偿，也可依法向监管部门投诉或提起诉讼", Contact)),
            thresholds, officer, found.AddHours(1));
        sdk.ConfirmGrade(IncidentGrade.Significant, "涉及敏感个人信息（订单、手机号），按从严原则确认为较大事件", officer, found.AddHours(1));
        sdk.RecordReport(RegulatorReportKind.Initial, "山东省委网信办（12387 网络安全事件报告热线）", found.AddHours(3), "SD-CAC-初报", "初报：已发现推送通道配置错误，影响约 12–15 万用户，已停用配置。", officer, found.AddHours(3));
        sdk.MoveTo(IncidentStatus.Contained, found.AddHours(2), officer, found.AddHours(2));
        sdk.MoveTo(IncidentStatus.Investigating, null, officer, found.AddDays(1));
        sdk.RecordNotice(NoticeChannelKind.PublicAnnouncement, "zh-CN", Name(NoticeChannelKind.PublicAnnouncement, zh: true), $"【利群网商】个人信息安全事件告知（{sdk.Reference}）",
            Announcement(sdk), 0, officer, found.AddDays(2));

        // 2. Lost courier waybills: 一般, being investigated.
        var lost = now.AddDays(-3);
        var waybills = Incident.Log($"INC-{year}-0002", "顺丰快递面单批次遗失", IncidentCategory.LossOrDestruction, lost, lost.AddHours(-6), officer, lost.AddMinutes(30));
        waybills.UpdateFacts(new IncidentFacts(waybills.Title, waybills.Category, lost, lost.AddHours(-6), 320, 320, false, 0, 0, ["name", "address"],
            courier == Guid.Empty ? [] : [courier], "青岛城阳分拨中心纸质面单", "电商运营部", new IncidentNarrative(
                "收件人姓名、收货地址", "分拨中心一批已打印未使用的面单遗失", null, "已通知顺丰排查并加强面单管控", null, null, Contact)),
            thresholds, officer, lost.AddHours(2));
        waybills.MoveTo(IncidentStatus.Contained, lost.AddHours(5), officer, lost.AddHours(5));
        waybills.MoveTo(IncidentStatus.Investigating, null, officer, lost.AddHours(6));

        // 3. Credential stuffing, found 90 minutes ago: 重大 proposed, report due within 4 hours of discovery.
        var attack = now.AddMinutes(-90);
        var stuffing = Incident.Log($"INC-{year}-0003", "撞库攻击导致部分账户被异常登录", IncidentCategory.UnauthorisedAccess, attack, attack.AddHours(-5), officer, attack.AddMinutes(10));
        stuffing.UpdateFacts(new IncidentFacts(stuffing.Title, stuffing.Category, attack, attack.AddHours(-5), 150_000, 1_200_000, true, 0, 0, ["account", "password", "phone"],
            [], "会员登录服务", "安全运营中心", new IncidentNarrative(Contact: Contact)), thresholds, officer, attack.AddMinutes(40));

        db.Incidents.AddRange(sdk, waybills, stuffing);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Announcement(Incident incident)
    {
        var n = incident.Narrative;
        return $"尊敬的用户：\n\n我们于 {ChinaTime.ToShanghai(incident.DiscoveredAt):yyyy-MM-dd HH:mm} 发现一起个人信息安全事件（{incident.Title}），现公告如下：\n\n"
            + $"一、涉及的个人信息种类：{n.InformationTypes}\n\n二、事件原因：{n.Cause}\n\n三、可能造成的危害：{n.PossibleHarm}\n\n四、我们已采取的补救措施：{n.MeasuresTaken}\n\n"
            + $"五、您可以采取的措施：{n.UserActions}\n\n六、补救与救济途径：{n.Remedies}\n\n七、联系我们：{n.Contact}\n\n利群集团青岛电子商务有限公司";
    }

    private static string Name(NoticeChannelKind channel, bool zh) => zh
        ? channel switch
        {
            NoticeChannelKind.Email => "电子邮件告知（中文）",
            NoticeChannelKind.Sms => "短信告知（中文）",
            NoticeChannelKind.Letter => "信函告知（中文）",
            NoticeChannelKind.PhoneScript => "电话告知话术（中文）",
            NoticeChannelKind.AppPush => "App 推送告知（中文）",
            _ => "公告（中文）",
        }
        : $"{channel} notice (English)";

    private static string Body(NoticeChannelKind channel, bool zh)
    {
        var compact = channel is NoticeChannelKind.Sms or NoticeChannelKind.AppPush;
        if (zh)
        {
            var opening = channel switch
            {
                NoticeChannelKind.PhoneScript => "您好，这里是利群网商客服。我们来电是告知您一起个人信息安全事件（{{ incident.reference }}）：",
                NoticeChannelKind.PublicAnnouncement => "尊敬的用户：我们于 {{ incident.discovered_at }} 发现一起个人信息安全事件（{{ incident.title }}），现公告如下：",
                NoticeChannelKind.Sms or NoticeChannelKind.AppPush => "【利群网商】",
                _ => "尊敬的用户：我们于 {{ incident.discovered_at }} 发现一起个人信息安全事件（{{ incident.title }}），现依法告知如下：",
            };
            var sep = compact ? "" : "\n\n";
            return opening + sep
                + (compact ? "[[InformationTypes]]您的{{ incident.information_types }}[[/InformationTypes]]" : "[[InformationTypes]]一、涉及的个人信息种类：{{ incident.information_types }}[[/InformationTypes]]") + sep
                + (compact ? "[[Cause]]因{{ incident.cause }}[[/Cause]]" : "[[Cause]]二、事件原因：{{ incident.cause }}[[/Cause]]") + sep
                + (compact ? "[[PossibleHarm]]，可能{{ incident.possible_harm }}。[[/PossibleHarm]]" : "[[PossibleHarm]]三、可能造成的危害：{{ incident.possible_harm }}[[/PossibleHarm]]") + sep
                + (compact ? "[[MeasuresTaken]]我们已{{ incident.measures_taken }}。[[/MeasuresTaken]]" : "[[MeasuresTaken]]四、我们已采取的补救措施：{{ incident.measures_taken }}[[/MeasuresTaken]]") + sep
                + (compact ? "[[UserActions]]请您{{ incident.user_actions }}。[[/UserActions]]" : "[[UserActions]]五、您可以采取的措施：{{ incident.user_actions }}[[/UserActions]]") + sep
                + (compact ? "[[Remedies]]{{ incident.remedies }}。[[/Remedies]]" : "[[Remedies]]六、补救与救济途径：{{ incident.remedies }}[[/Remedies]]") + sep
                + (compact ? "[[Contact]]咨询：{{ incident.contact }}[[/Contact]]" : "[[Contact]]七、联系我们：{{ incident.contact }}[[/Contact]]")
                + (compact ? string.Empty : "\n\n利群集团青岛电子商务有限公司");
        }

        var intro = channel switch
        {
            NoticeChannelKind.PhoneScript => "Hello, this is Liqun customer service. We are calling about a personal-information security incident ({{ incident.reference }}):",
            NoticeChannelKind.Sms or NoticeChannelKind.AppPush => "Liqun: ",
            _ => "Dear customer, on {{ incident.discovered_at }} we discovered a personal-information security incident ({{ incident.title }}). As the law requires, we tell you:",
        };
        var s = compact ? " " : "\n\n";
        return intro + s
            + "[[InformationTypes]]Information involved: {{ incident.information_types }}[[/InformationTypes]]" + s
            + "[[Cause]]Cause: {{ incident.cause }}[[/Cause]]" + s
            + "[[PossibleHarm]]Possible harm: {{ incident.possible_harm }}[[/PossibleHarm]]" + s
            + "[[MeasuresTaken]]What we have done: {{ incident.measures_taken }}[[/MeasuresTaken]]" + s
            + "[[UserActions]]What you can do: {{ incident.user_actions }}[[/UserActions]]" + s
            + "[[Remedies]]Remedies: {{ incident.remedies }}[[/Remedies]]" + s
            + "[[Contact]]Contact us: {{ incident.contact }}[[/Contact]]"
            + (compact ? string.Empty : "\n\nLiqun Group Qingdao E-commerce Co., Ltd.");
    }
}
