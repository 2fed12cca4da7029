using LiqunCompliance.Domain.Common;
using System.Reflection;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// The two documents the seed policy contains (always), and in demo mode their texts: the 2022-08-29 privacy policy
/// (附件二) and the current one as two published revisions, 附件一 as the account-cancellation notice, and a draft
/// in review that adds a push SDK (a major change) for the second privacy officer to approve.
/// </summary>
internal static class PolicySeeder
{
    private const string DemoOffice = "数据保护办公室（演示数据）";

    /// <summary>The seed text gives no date for the current policy: the demo assumes this one.</summary>
    public static readonly DateOnly CurrentEffectiveDate = new(2024, 1, 1);

    public const string DraftLabel = "2026.12";

    public static async Task SeedDocumentsAsync(ComplianceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.PolicyDocuments.AnyAsync(cancellationToken))
        {
            return;
        }

        db.PolicyDocuments.Add(PolicyDocument.Create(PolicyDocument.PrivacyPolicyKey, "利群网商隐私政策", "Liqun app privacy policy"));
        db.PolicyDocuments.Add(PolicyDocument.Create(PolicyDocument.AccountCancellationKey, "利群网商账户注销须知", "Liqun account cancellation notice"));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task SeedDemoRevisionsAsync(ComplianceDbContext db, Actor author, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.PolicyRevisions.AnyAsync(cancellationToken))
        {
            return;
        }

        var policy = await db.PolicyDocuments.FirstAsync(d => d.Key == PolicyDocument.PrivacyPolicyKey, cancellationToken);
        var cancellation = await db.PolicyDocuments.FirstAsync(d => d.Key == PolicyDocument.AccountCancellationKey, cancellationToken);
        var previous = PolicyRevision.Published(policy.Id, "2022-08-29", Text("privacy-policy-2022-08-29"), "2022 年 8 月 29 日修订版（附件二）。",
            new DateOnly(2022, 8, 29), DemoOffice, new DateTimeOffset(2022, 8, 29, 1, 0, 0, TimeSpan.Zero));
        var start = new DateTimeOffset(CurrentEffectiveDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(1);
        previous.Supersede(start);
        var current = Text("privacy-policy-current");
        db.PolicyRevisions.AddRange(
            previous,
            PolicyRevision.Published(policy.Id, "2024-01-01", current, "全面修订：按《个人信息保护法》重写收集、使用、共享、存储和权利行使规则，列明第三方 SDK 与后台收集情形。",
                CurrentEffectiveDate, DemoOffice, start),
            PolicyRevision.Published(cancellation.Id, "2024-01-01", Text("account-cancellation"), "账户注销须知（附件一）。", CurrentEffectiveDate, DemoOffice, start));

        var draft = PolicyRevision.Draft(policy.Id, DraftLabel, AddPushSdk(current), "新增极光推送 SDK 为第三方共享对象（设备标识、网络状态），用于推送订单、物流和售后消息。",
            [MajorChangeTrigger.SharingRecipients], author, clock.GetUtcNow().AddDays(-1));
        draft.SubmitForReview(author, clock.GetUtcNow().AddHours(-20));
        db.PolicyRevisions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string AddPushSdk(string markdown)
    {
        const string anchor = "17.腾讯地图定位(IMSI";
        var at = markdown.IndexOf(anchor, StringComparison.Ordinal);
        var end = at < 0 ? -1 : markdown.IndexOf('\n', at);
        return end < 0
            ? markdown + "\n18.极光推送(设备标识、网络状态):推送订单、物流和售后信息\n"
            : markdown.Insert(end + 1, "\n18.极光推送(设备标识、网络状态):推送订单、物流和售后信息\n");
    }

    private static string Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"LiqunCompliance.Web.PolicyTexts.{name}.md")
            ?? throw new InvalidOperationException($"Embedded policy text {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
