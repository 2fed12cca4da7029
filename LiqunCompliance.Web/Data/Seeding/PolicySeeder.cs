using LiqunCompliance.Domain.Common;
using System.Reflection;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// The two documents the seed policy contains (always), and in demo mode their texts: the 2022-08-29 privacy policy
/// (附件二) and the current one as two published revisions, 附件一 as the account-cancellation notice, and a draft
/// in review that adds a push SDK (a major change) for the second privacy officer to approve. Only dates the seed gives
/// are recorded: the previous version's "2022年8月29日修订"; the current version and 附件一 carry none (未注明). The
/// imported revisions were entered by the office and approved by its second privacy officer (four eyes), and their
/// summaries say what they are, not what changed (the seed does not say).
/// </summary>
internal static class PolicySeeder
{
    private const string DemoOffice = "数据保护办公室（演示数据）";

    /// <summary>The previous version's date, as its own last line gives it ("2022年8月29日修订").</summary>
    public static readonly DateOnly PreviousRevisionDate = new(2022, 8, 29);

    /// <summary>The current version's label: the seed gives it no date, so the label is a number, not an assumed date.</summary>
    public const string CurrentLabel = "v2";

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

    /// <param name="author">The privacy officer who drafts (the demo draft, and the import of the seed's texts).</param>
    /// <param name="approver">The second privacy officer, who approved the imported texts.</param>
    public static async Task SeedDemoRevisionsAsync(ComplianceDbContext db, Actor author, Actor approver, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.PolicyRevisions.AnyAsync(cancellationToken))
        {
            return;
        }

        var policy = await db.PolicyDocuments.FirstAsync(d => d.Key == PolicyDocument.PrivacyPolicyKey, cancellationToken);
        var cancellation = await db.PolicyDocuments.FirstAsync(d => d.Key == PolicyDocument.AccountCancellationKey, cancellationToken);
        // When the portal recorded them: the import, before the demo's other history (the instants are the record's, not the texts' dates).
        var imported = clock.GetUtcNow().AddDays(-60);
        var previous = PolicyRevision.Published(policy.Id, "2022-08-29", Text("privacy-policy-2022-08-29"), "附件二所载上一版《利群网商隐私政策》，文本末尾注明“2022年8月29日修订”。导入存档；变更内容原文未载明。",
            PreviousRevisionDate, "附件二文本末尾“2022年8月29日修订”", author, approver, imported.AddMinutes(-2));
        previous.Supersede(imported.AddMinutes(-1));
        var current = Text("privacy-policy-current");
        db.PolicyRevisions.AddRange(
            previous,
            PolicyRevision.Published(policy.Id, CurrentLabel, current, "现行《利群网商隐私政策》文本导入存档；生效日期原文未注明，与上一版相比的变更摘要待数据保护办公室填写。",
                null, null, author, approver, imported.AddMinutes(-1)),
            PolicyRevision.Published(cancellation.Id, "v1", Text("account-cancellation"), "隐私政策附件一《利群网商账户注销须知》导入存档；生效日期原文未注明。", null, null, author, approver, imported));

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
