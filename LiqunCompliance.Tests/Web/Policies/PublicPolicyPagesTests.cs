using System.Net;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Policies;

/// <summary>The public archive, as a user reaches it from the app without signing in.</summary>
public sealed class PublicPolicyPagesTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Current_InForceVersionWithItsHash_NoDraftLeaks()
    {
        using var anonymous = factory.CreateBrowserLikeClient();
        var page = await anonymous.GetStringAsync("/privacy-policy", Ct);

        page.ShouldContain("<h1>利群网商隐私政策</h1>");
        // The seed gives the current version no date: it is 未注明, never an assumed one.
        page.ShouldContain("版本 v2，自 未注明 起生效");
        page.ShouldContain("附件一：利群网商账户注销须知");
        page.ShouldContain("上一版本（2022-08-29）");
        page.ShouldContain("一、我们如何收集和使用您的个人信息");
        page.ShouldNotContain("极光推送"); // the demo draft in review
        page.ShouldContain(await HashAsync(PolicySeeder.CurrentLabel));
    }

    [Fact]
    public async Task Archive_EveryPublishedVersionWithItsPeriod()
    {
        using var anonymous = factory.CreateBrowserLikeClient();
        var page = await anonymous.GetStringAsync("/privacy-policy/archive", Ct);

        page.ShouldContain("2022-08-29（依据：附件二文本末尾“2022年8月29日修订”） – 未注明");
        page.ShouldContain("未注明 – 至今");
        page.ShouldNotContain("2024-01-01");
        page.ShouldContain("利群网商账户注销须知");
        page.ShouldNotContain(PolicySeeder.DraftLabel);
    }

    [Fact]
    public async Task OldVersion_SaysItIsNoLongerInForce_AndComparesWithThePrevious()
    {
        using var anonymous = factory.CreateBrowserLikeClient();
        var old = await anonymous.GetStringAsync("/privacy-policy/versions/2022-08-29", Ct);
        old.ShouldContain("有效期间 2022-08-29（依据：附件二文本末尾“2022年8月29日修订”） 至 未注明");
        old.ShouldContain("此版本已不再有效");
        old.ShouldContain("2022年8月29日修订");

        var compare = await anonymous.GetStringAsync("/privacy-policy/versions/v2?compare=previous", Ct);
        compare.ShouldContain("data-testid=\"diff-side\"");
        compare.ShouldContain("<ins>");
        compare.ShouldContain("<del>");
        var inline = await anonymous.GetStringAsync("/privacy-policy/versions/v2?compare=previous&view=inline", Ct);
        inline.ShouldContain("data-testid=\"diff-inline\"");

        var unknown = await anonymous.GetAsync("/privacy-policy/versions/2026.12", Ct);
        unknown.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync(Ct)).ShouldContain("页面不存在");
        (await anonymous.GetStringAsync("/privacy-policy/documents/account-cancellation?culture=en-US", Ct)).ShouldContain("Liqun account cancellation notice");
    }

    [Fact]
    public async Task Pdf_PublishedForEveryone_DraftsOnlyForStaff()
    {
        using var anonymous = factory.CreateBrowserLikeClient();
        var pdf = await anonymous.GetAsync("/privacy-policy/download/2022-08-29.pdf", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Ct)))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            text.ShouldContain("利群网商隐私政策");
            text.ShouldContain("您个人信息的收集");
            document.GetPage(1).Text.ShouldContain((await HashAsync("2022-08-29"))[..16]);
        }

        (await anonymous.GetAsync("/privacy-policy/download/2026.12.pdf", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var draftId = await DraftIdAsync();
        (await anonymous.GetAsync($"/policies/revisions/{draftId}/pdf", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var draft = await manager.GetAsync($"/policies/revisions/{draftId}/pdf", Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var draftPdf = UglyToad.PdfPig.PdfDocument.Open(await draft.Content.ReadAsByteArrayAsync(Ct));
        draftPdf.GetPage(1).Text.ShouldContain("未发布");
    }

    private async Task<string> HashAsync(string label)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        return (await db.PolicyRevisions.Where(r => r.Label == label && db.PolicyDocuments.Any(d => d.Id == r.DocumentId && d.Key == "privacy-policy")).Select(r => r.ContentHash).FirstAsync(Ct))!;
    }

    private async Task<Guid> DraftIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        return await db.PolicyRevisions.Where(r => r.Label == PolicySeeder.DraftLabel).Select(r => r.Id).FirstAsync(Ct);
    }
}
