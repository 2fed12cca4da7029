using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// Demo incidents across grades and statuses (a push-SDK misconfiguration with a published announcement and its summary report due, a lost
/// courier waybill batch, a credential-stuffing attack still inside its 4-hour reporting window) and one complete
/// template per channel in Chinese and English.
/// </summary>
internal static class IncidentSeeder
{
    private const string Contact = LiqunFacts.ContactZh;

    private const string ContactEn = LiqunFacts.ContactEn;

    public static async Task SeedTemplatesAsync(ComplianceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.NoticeTemplates.AnyAsync(cancellationToken))
        {
            // Templates shipped before names were words were called "Sms notice (English)" and so on: give them their names.
            foreach (var channel in Enum.GetValues<NoticeChannelKind>())
            {
                var codeName = $"{channel} notice (English)";
                var name = Name(channel, zh: false);
                var old = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.Name == codeName, cancellationToken);
                if (old is not null && !await db.NoticeTemplates.AnyAsync(t => t.Name == name, cancellationToken))
                {
                    old.Edit(name, old.Language, old.Subject, old.Body);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
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

        // 1. Push SDK misconfiguration: graded 较大, reported (initial and follow-up), announced, remediated: the summary report is due.
        var found = now.AddDays(-12);
        var sdk = Incident.Log($"INC-{year}-0001", "推送 SDK 配置错误导致订单通知外泄", IncidentCategory.ThirdPartyOrSdk, found, found.AddHours(-30), officer, found.AddMinutes(20));
        sdk.UpdateFacts(new IncidentFacts(sdk.Title, sdk.Category, found, found.AddHours(-30), 120_000, 150_000, true, 0, 0, ["order", "phone", "device-model"],
            push == Guid.Empty ? [] : [push], "App 推送服务（小米推送通道）", "App 研发部 / 数据保护办公室", new IncidentNarrative(
                "订单号、商品名称、收货手机号后四位、设备型号", "推送服务升级时通道配置错误，部分订单通知被推送至同一设备型号的其他用户",
                "订单信息被他人看到，可能被用于冒充客服的诈骗", "已停用错误配置、回滚推送服务、要求 SDK 提供方删除缓存的通知，并开展全量复核",
                "警惕自称利群客服的退款、理赔电话；不要透露验证码；如有疑问请通过官方渠道核实", "如因本事件受到损失，可联系我们申请核实与补偿，也可依法向监管部门投诉或提起诉讼", Contact,
                new IncidentNarrative(
                    "order numbers, product names, the last four digits of the delivery phone number, and the device model",
                    "a channel was misconfigured during an upgrade of the push service, so some order notifications were pushed to other users with the same device model",
                    "others may have seen your order details, which could be used in scams by people pretending to be Liqun customer service",
                    "switched off the faulty configuration, rolled the push service back, required the SDK provider to delete cached notifications, and are reviewing every notification sent",
                    "be wary of calls about refunds or compensation that claim to be from Liqun; never share verification codes; check through our official channels if in doubt",
                    "if you suffered a loss because of this incident, contact us to have it checked and compensated; you may also complain to the regulator or go to court",
                    ContactEn))),
            thresholds, officer, found.AddHours(1));
        sdk.ConfirmGrade(IncidentGrade.Significant, "涉及敏感个人信息（订单、手机号），按从严原则确认为较大事件", officer, found.AddHours(1));
        var initial = sdk.StartReport(RegulatorReportKind.Initial, InitialReport(sdk, officer), "山东省委网信办（12387 网络安全事件报告热线）", officer, found.AddHours(2));
        sdk.MarkReportSent(initial.Id, null, found.AddHours(3), "12387 受理编号待回执", officer, found.AddHours(3));
        sdk.MoveTo(IncidentStatus.Contained, found.AddHours(2), officer, found.AddHours(2));
        sdk.MoveTo(IncidentStatus.Investigating, null, officer, found.AddDays(1));
        sdk.RecordNotice(NoticeChannelKind.PublicAnnouncement, "zh-CN", Name(NoticeChannelKind.PublicAnnouncement, zh: true), $"【利群网商】个人信息安全事件告知（{sdk.Reference}）",
            Announcement(sdk), 0, officer, found.AddDays(2));

        // A follow-up after the full review, then handling ended two days ago: the summary report's clock now runs.
        var followUp = sdk.StartReport(RegulatorReportKind.Supplement, new Dictionary<ReportField, string>
        {
            [ReportField.ReportingUnit] = $"{LiqunFacts.LegalName}（{LiqunFacts.AppName}）",
            [ReportField.CreditCode] = LiqunFacts.ToConfirm,
            [ReportField.ContactPerson] = $"{officer.Name}（数据保护办公室）",
            [ReportField.ContactPhone] = LiqunFacts.Hotline + "（客服热线，转数据保护办公室）",
            [ReportField.Grade] = "较大",
            [ReportField.GradeBasis] = "同初报，未变化",
            [ReportField.ChangedFacts] = "全量复核完成：受影响用户确认为 138,212 人（初报估计 12万至15万人）",
            [ReportField.PeopleAffected] = "138,212 人",
            [ReportField.DataCategories] = "订单号、商品名称、收货手机号后四位、设备型号（与初报一致）",
            [ReportField.ImpactSoFar] = "未收到因此遭受诈骗的报告",
            [ReportField.Progress] = "已向受影响用户发出公告；SDK 提供方书面确认已删除缓存",
            [ReportField.MeasuresTaken] = "推送变更改为灰度发布并增加按设备标识的复核",
            [ReportField.NextSteps] = "完成整改后提交总结报告",
        }, "山东省委网信办（12387 网络安全事件报告热线）", officer, found.AddDays(5));
        sdk.MarkReportSent(followUp.Id, null, found.AddDays(5), null, officer, found.AddDays(5));
        sdk.MoveTo(IncidentStatus.Remediated, found.AddDays(10), officer, found.AddDays(10));

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

    /// <summary>The demo initial report: every field the Measures' report form asks for, as an officer would have written it.</summary>
    private static Dictionary<ReportField, string> InitialReport(Incident incident, Actor officer)
    {
        string At(DateTimeOffset? t) => t is { } v ? $"{ChinaTime.ToShanghai(v):yyyy年M月d日 HH:mm}" : "不详";
        return new Dictionary<ReportField, string>
        {
            [ReportField.ReportingUnit] = $"{LiqunFacts.LegalName}（{LiqunFacts.AppName}）",
            [ReportField.CreditCode] = LiqunFacts.ToConfirm,
            [ReportField.ContactPerson] = $"{officer.Name}（数据保护办公室）",
            [ReportField.ContactPhone] = LiqunFacts.Hotline + "（客服热线，转数据保护办公室）",
            [ReportField.OccurredAt] = At(incident.OccurredAt) + "（推送服务升级上线时）",
            [ReportField.DiscoveredAt] = At(incident.DiscoveredAt) + "（用户投诉收到他人订单通知）",
            [ReportField.SystemAffected] = "利群网商 App 推送服务（小米推送通道）",
            [ReportField.IncidentType] = "第三方/SDK 事件：推送通道配置错误导致个人信息泄露",
            [ReportField.Grade] = "较大",
            [ReportField.GradeBasis] = "影响人数估计 12万至15万人，未达到分级指南较大事件的人数阈值（待确认）；因涉及订单和手机号后四位等可用于诈骗的信息，按从严原则确认为较大事件",
            [ReportField.PeopleAffected] = "估计12万至15万人（按升级后推送日志统计，复核中）",
            [ReportField.DataCategories] = "订单号、商品名称、收货手机号后四位、设备型号",
            [ReportField.SensitiveData] = "是（订单信息可反映消费记录）",
            [ReportField.CauseKnown] = "推送服务升级时通道配置错误，按设备型号而非设备标识匹配推送对象",
            [ReportField.ImpactSoFar] = "部分订单通知被推送至同一设备型号的其他用户；目前未发现被用于诈骗的报告，存在被冒充客服诈骗利用的风险",
            [ReportField.MeasuresTaken] = "已停用错误配置并回滚推送服务（2 小时内完成），已要求 SDK 提供方删除缓存的通知；回滚后未再出现误推送",
            [ReportField.EvidencePreserved] = "已保全升级前后的配置版本、推送日志和服务器日志，保存于安全运营中心",
            [ReportField.InvestigationLeads] = "升级变更单、推送通道配置差异、SDK 提供方缓存记录；未发现外部攻击迹象",
            [ReportField.NextSteps] = "全量复核受影响用户并依法告知；完善推送变更的灰度发布和复核流程；暂无请求支援事项",
        };
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
        : channel switch
        {
            NoticeChannelKind.Email => "电子邮件告知（英文）",
            NoticeChannelKind.Sms => "短信告知（英文）",
            NoticeChannelKind.Letter => "信函告知（英文）",
            NoticeChannelKind.PhoneScript => "电话告知话术（英文）",
            NoticeChannelKind.AppPush => "App 推送告知（英文）",
            _ => "公告（英文）",
        };

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
            // Short channels label each fact instead of building a sentence around it, so a fact written in any natural
            // style ("个人信息可能被…", "已于…") reads without doubled words.
            return opening + sep
                + (compact ? "[[InformationTypes]]{{ incident.information_types | clause: \"涉及您的\", \"。\" }}[[/InformationTypes]]" : "[[InformationTypes]]一、涉及的个人信息种类：{{ incident.information_types }}[[/InformationTypes]]") + sep
                + (compact ? "[[Cause]]{{ incident.cause | clause: \"原因：\", \"。\" }}[[/Cause]]" : "[[Cause]]二、事件原因：{{ incident.cause }}[[/Cause]]") + sep
                + (compact ? "[[PossibleHarm]]{{ incident.possible_harm | clause: \"可能的影响：\", \"。\" }}[[/PossibleHarm]]" : "[[PossibleHarm]]三、可能造成的危害：{{ incident.possible_harm }}[[/PossibleHarm]]") + sep
                + (compact ? "[[MeasuresTaken]]{{ incident.measures_taken | clause: \"我们的处置：\", \"。\" }}[[/MeasuresTaken]]" : "[[MeasuresTaken]]四、我们已采取的补救措施：{{ incident.measures_taken }}[[/MeasuresTaken]]") + sep
                + (compact ? "[[UserActions]]{{ incident.user_actions | clause: \"建议您：\", \"。\" }}[[/UserActions]]" : "[[UserActions]]五、您可以采取的措施：{{ incident.user_actions }}[[/UserActions]]") + sep
                + (compact ? "[[Remedies]]{{ incident.remedies | clause: \"补救途径：\", \"。\" }}[[/Remedies]]" : "[[Remedies]]六、补救与救济途径：{{ incident.remedies }}[[/Remedies]]") + sep
                + (compact ? "[[Contact]]{{ incident.contact | clause: \"咨询：\", \"。\" }}[[/Contact]]" : "[[Contact]]七、联系我们：{{ incident.contact }}[[/Contact]]")
                + (compact ? string.Empty : "\n\n利群集团青岛电子商务有限公司");
        }

        var intro = channel switch
        {
            NoticeChannelKind.PhoneScript => "Hello, this is Liqun customer service. We are calling about a personal-information security incident ({{ incident.reference }}):",
            NoticeChannelKind.Sms or NoticeChannelKind.AppPush => "Liqun:",
            _ => "Dear customer, on {{ incident.discovered_at }} (Beijing time) we discovered a personal-information security incident ({{ incident.reference }}). As the law requires, we tell you:",
        };
        var s = compact ? " " : "\n\n";
        return intro + s
            + "[[InformationTypes]]Information involved: {{ incident.information_types | clause: \"\", \".\" }}[[/InformationTypes]]" + s
            + "[[Cause]]Cause: {{ incident.cause | clause: \"\", \".\" }}[[/Cause]]" + s
            + "[[PossibleHarm]]Possible harm: {{ incident.possible_harm | clause: \"\", \".\" }}[[/PossibleHarm]]" + s
            + "[[MeasuresTaken]]What we have done: {{ incident.measures_taken | clause: \"\", \".\" }}[[/MeasuresTaken]]" + s
            + "[[UserActions]]What you can do: {{ incident.user_actions | clause: \"\", \".\" }}[[/UserActions]]" + s
            + "[[Remedies]]Remedies: {{ incident.remedies | clause: \"\", \".\" }}[[/Remedies]]" + s
            + "[[Contact]]Contact us: {{ incident.contact | clause: \"\", \".\" }}[[/Contact]]"
            + (compact ? string.Empty : "\n\nLiqun Group Qingdao E-commerce Co., Ltd.");
    }
}
