using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// Issue 12's "done when" in the browser: the officer sees what is 待确认 and what the catalogue has that no row uses,
/// publishes both lists from the demo data acknowledging the unconfirmed values, and the public lists hold every function
/// and recipient of the seed policy; a completed request's letter reads as a letter in both languages.
/// </summary>
public sealed class PublishedFidelityEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Officer_PublishesBothLists_AcknowledgingWhatIsToConfirm_PublicListsHoldThePolicysFunctionsAndRecipients()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/register/lists");
        await Assertions.Expect(page.Locator("[data-testid=unconfirmed-facts]")).ToContainTextAsync("利群网商支付");
        await Assertions.Expect(page.Locator("[data-testid=unused-items]")).ToContainTextAsync("生日");
        await page.ScreenshotAsync(Shot("register-lists-unconfirmed-zh-CN.png"));

        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=publish]", new() { Timeout = 3_000 }), page.Locator("[data-testid=confirm-dialog]"));
        await Assertions.Expect(page.Locator("[data-testid=confirm-summary]")).ToContainTextAsync("将以“待确认”公布");
        await page.ScreenshotAsync(Shot("register-lists-acknowledge-zh-CN.png"));
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=publish-message]")).ToContainTextAsync("已发布");
        await using (var scope = fixture.Portal.Services.CreateAsyncScope())
        {
            var latest = await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().PublishedRegisterLists.OrderByDescending(p => p.Number).FirstAsync(TestContext.Current.CancellationToken);
            latest.UnconfirmedAcknowledged.ShouldContain("利群网商支付 · Provider");
        }

        await using var anonymous = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var user = await anonymous.NewPageAsync();
        await user.GotoAsync(fixture.BaseUrl + "/privacy-policy/sdk-list");
        var sharing = user.Locator("[data-testid=list-Sharing]");
        foreach (var name in new[] { "腾讯地图定位 SDK（IMSI）", "利群网商支付", "机票、火车票票务服务", "酒店及跟团旅行服务", "手机号卡、合约机及宽带服务", "商品或技术服务的供应商", "云鼎服务" })
        {
            await Assertions.Expect(sharing).ToContainTextAsync(name);
        }

        await Assertions.Expect(sharing).ToContainTextAsync("待确认");
        await Assertions.Expect(sharing).Not.ToContainTextAsync("小米、华为、vivo 推送服务提供方");
        await user.ScreenshotAsync(Shot("public-sdk-list-fidelity-zh-CN.png", fullPage: true));

        await user.GotoAsync(fixture.BaseUrl + "/privacy-policy/collection-list");
        var collection = user.Locator("[data-testid=list-Collection]");
        foreach (var function in new[] { "用户注册", "商品信息展示", "实名信息", "客服与售后", "保障交易安全", "基于摄像头（相机）的附加功能", "基于通讯录信息的附加功能", "麦克风权限", "第三方账户登录" })
        {
            await Assertions.Expect(collection).ToContainTextAsync(function);
        }

        await Assertions.Expect(collection).ToContainTextAsync("面部识别特征（敏感）");
        await user.ScreenshotAsync(Shot("public-collection-list-fidelity-zh-CN.png", fullPage: true));
        await user.GotoAsync(fixture.BaseUrl + "/privacy-policy/collection-list?culture=en-US");
        await Assertions.Expect(user.Locator("[data-testid=list-Collection]")).ToContainTextAsync("Facial recognition features (sensitive)");
        await user.ScreenshotAsync(Shot("public-collection-list-fidelity-en-US.png", fullPage: true));
    }

    [Fact]
    public async Task CompletedRequest_LetterReadsAsALetter_InBothLanguages()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        Guid id;
        await using (var scope = fixture.Portal.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().PrivacyRequests
                .Where(r => r.Status == RequestStatus.Completed && r.Type == RequestType.Explanation).Select(r => r.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 1000 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await page.GotoAsync($"{fixture.BaseUrl}/requests/{id}");
        var letter = page.Locator("[data-testid=letter-preview]");
        await Assertions.Expect(letter).ToContainTextAsync("尊敬的");
        await Assertions.Expect(letter).ToContainTextAsync("说明如下");
        await Assertions.Expect(letter).ToContainTextAsync("（盖章）");
        await Assertions.Expect(letter).Not.ToContainTextAsync("已按请求处理并书面答复请求人"); // the internal note
        // A page screenshot: the preview re-renders when the circuit settles, so an element screenshot can lose its element.
        await page.ScreenshotAsync(Shot("answer-letter-page-zh-CN.png", fullPage: true));

        await page.Locator("[data-testid=answer-letter]").GetByText("English").ClickAsync();
        await Assertions.Expect(letter).ToContainTextAsync("Dear ");
        await Assertions.Expect(letter).ToContainTextAsync("Yours sincerely,");
        await page.ScreenshotAsync(Shot("answer-letter-page-en-US.png", fullPage: true));
    }

    private PageScreenshotOptions Shot(string name, bool fullPage = false) => new() { Path = Path.Combine(fixture.ScreenshotFolder, name), FullPage = fullPage };
}
