using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LiqunCompliance.Tests.TestSupport;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// A supervisor takes a hotline request in the browser; an officer verifies identity, completes it and sees the
/// due date and timeline — the flow the request queue exists for.
/// </summary>
public sealed class RequestFlowEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DoubleClickOnRecord_CreatesOneRequest()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "cs@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/requests/new");
        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=intake-type]"), page.Locator(".mud-popover-open .mud-list-item"));
        await page.Keyboard.PressAsync("Escape");
        const string details = "双击登记按钮（端到端）";
        await page.FillAsync("[data-testid=intake-phone]", "13955556666");
        await page.FillAsync("[data-testid=intake-details]", details);

        await page.DblClickAsync("[data-testid=intake-submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/requests/[0-9a-f-]{36}$"));

        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Data.ComplianceDbContext>();
        (await db.PrivacyRequests.CountAsync(r => r.Details == details, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task HotlineRequest_TakenBySupervisor_VerifiedAndCompletedByOfficer()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var browser = fixture.Browser!;

        // The supervisor records the call.
        await using var supervisorContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var supervisor = await supervisorContext.NewPageAsync();
        await fixture.SignInAsync(supervisor, "cs@demo.liqun");
        await supervisor.GotoAsync(fixture.BaseUrl + "/requests/new");
        await Assertions.Expect(supervisor.Locator("h1")).ToHaveTextAsync("登记请求");
        // Opening the type list proves the circuit is live; then choose "删除".
        await Ui.RetryUntilAsync(() => supervisor.ClickAsync("[data-testid=intake-type]"), supervisor.Locator(".mud-popover-open .mud-list-item"));
        await supervisor.Locator(".mud-popover-open .mud-list-item").GetByText("删除", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await supervisor.FillAsync("[data-testid=intake-name]", "赵海峰");
        await supervisor.FillAsync("[data-testid=intake-phone]", "13966667777");
        await supervisor.FillAsync("[data-testid=intake-account]", "LQ55550001");
        await supervisor.FillAsync("[data-testid=intake-details]", "来电要求删除收货地址和浏览记录。");
        await supervisor.ClickAsync("[data-testid=intake-submit]");
        await supervisor.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/requests/[0-9a-f-]{36}$"));
        var requestUrl = supervisor.Url;
        await Assertions.Expect(supervisor.Locator("[data-testid=masked-contact]")).ToContainTextAsync("139****7777");
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "request-intake-done-zh-CN.png"), FullPage = true });

        // The officer verifies identity, which starts the 30-day clock, then completes the request.
        await using var officerContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var officer = await officerContext.NewPageAsync();
        await fixture.SignInAsync(officer, "officer@demo.liqun");
        await officer.GotoAsync(requestUrl);
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("已受理");
        await Ui.RetryUntilAsync(() => officer.ClickAsync("[data-action=VerifyIdentity]"), officer.Locator("[data-testid=action-submit]"));
        await officer.ClickAsync("[data-testid=action-submit]");
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("处理中");
        await Assertions.Expect(officer.Locator("[data-testid=due-date]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$"));

        // The register proposes the recipients to notify (policy 五.2); device permissions are not among them.
        await Assertions.Expect(officer.Locator("[data-testid=followup-proposed]")).ToContainTextAsync("顺丰速运");
        await Assertions.Expect(officer.Locator("[data-testid=followup-proposed]")).Not.ToContainTextAsync("相机权限");

        // Completing with no recipient asks why, and the answer to the requester is its own field.
        await officer.ClickAsync("[data-action=Complete]");
        await officer.FillAsync("[data-testid=action-answer]", "您的收货地址和浏览记录已删除。");
        await officer.FillAsync("[data-testid=action-text]", "内部：已在后台删除收货地址和浏览记录。");
        await officer.ClickAsync("[data-testid=action-submit]");
        await Assertions.Expect(officer.Locator("[data-testid=action-error]")).ToContainTextAsync("说明没有接收方的原因");
        await officer.FillAsync("[data-testid=action-no-recipient]", "该用户从未下单，其数据未向任何第三方提供。");
        await officer.ClickAsync("[data-testid=action-submit]");
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("已办结");
        await Assertions.Expect(officer.Locator("[data-testid=timeline]")).ToContainTextAsync("身份已核验");
        await Assertions.Expect(officer.Locator("[data-testid=timeline]")).ToContainTextAsync("该用户从未下单");
        await Assertions.Expect(officer.Locator("[data-testid=letter-preview]")).ToContainTextAsync("您的收货地址和浏览记录已删除。");
        await Assertions.Expect(officer.Locator("[data-testid=letter-preview]")).Not.ToContainTextAsync("内部：");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "request-completed-zh-CN.png"), FullPage = true });

        // The queue shows it among the closed ones.
        await officer.GotoAsync(fixture.BaseUrl + "/requests");
        await Assertions.Expect(officer.Locator("[data-testid=request-grid]")).ToBeVisibleAsync();
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "request-queue-zh-CN.png"), FullPage = true });
    }
}
