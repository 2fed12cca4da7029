using Microsoft.Extensions.DependencyInjection;
using LiqunCompliance.Web.Data;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>Signs in as every demo role in Chromium, checks the shell in Chinese and English, and saves screenshots.</summary>
public sealed class ShellEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Accounts() => [.. DemoAccounts.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task SignIn_EachDemoRole_SeesShellInChineseThenEnglish(string email)
    {
        var browser = RequireBrowser();
        var account = DemoAccounts.All.Single(a => a.Email == email);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 860 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.WaitForURLAsync("**/Account/Login**");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("登录");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", "Liqun#Demo2026");
        await page.ClickAsync("#login-submit");

        await page.WaitForURLAsync(fixture.BaseUrl + "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("zh-CN");
        await Assertions.Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync(account.DisplayName);
        var role = account.Role;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"home-{role}-zh-CN.png"), FullPage = true });

        await SwitchLanguageAsync(page, "en-US");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Home");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en-US");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"home-{role}-en-US.png"), FullPage = true });

        await SwitchLanguageAsync(page, "zh-CN");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
    }

    [Fact]
    public async Task SignInPage_InDarkMode()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var host = new Uri(fixture.BaseUrl).Host;
        await context.AddCookiesAsync([new Cookie { Name = "LiqunCompliance.Theme", Value = "dark", Domain = host, Path = "/" }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/Account/Login");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.account-card')).backgroundColor")).ShouldBe("rgb(30, 30, 30)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "sign-in-dark-zh-CN.png") });
    }

    [Fact]
    public async Task Auditor_VerifiesTheChain_SeesItIntact()
    {
        var browser = RequireBrowser();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "auditor@demo.liqun");
        await using (var scope = fixture.Portal.Services.CreateAsyncScope())
        {
            // As a monthly report would: the head goes out, and the verification compares with it.
            await scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Audit.AuditHeadPublisher>().PublishAsync("monthly-report", TestContext.Current.CancellationToken);
        }

        await page.GotoAsync(fixture.BaseUrl + "/audit");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("审计日志");
        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=audit-verify]"), page.Locator("[data-testid=confirm-dialog]"));
        await Assertions.Expect(page.Locator("[data-testid=confirm-summary]")).ToContainTextAsync("封印");
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=audit-verify-result]")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        (await page.GetAttributeAsync("[data-testid=audit-verify-result]", "data-intact")).ShouldBe("true");
        await Assertions.Expect(page.Locator("[data-testid=audit-published-head]")).ToContainTextAsync("公布的链头比对");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "audit-verified-zh-CN.png") });
    }

    [Fact]
    public async Task Administrator_OpensUsers_AndAnOfficerIsDeniedTheSamePage()
    {
        var browser = RequireBrowser();
        await using (var admin = await browser.NewContextAsync())
        {
            var page = await admin.NewPageAsync();
            await fixture.SignInAsync(page, "admin@demo.liqun");
            await page.GotoAsync(fixture.BaseUrl + "/admin/users");
            await Assertions.Expect(page.Locator("[data-testid=users-table]")).ToContainTextAsync("officer@demo.liqun");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "users-zh-CN.png"), FullPage = true });
        }

        await using var officer = await browser.NewContextAsync();
        var officerPage = await officer.NewPageAsync();
        await fixture.SignInAsync(officerPage, "officer@demo.liqun");
        await officerPage.GotoAsync(fixture.BaseUrl + "/admin/users");
        await Assertions.Expect(officerPage.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        (await officerPage.ContentAsync()).ShouldNotContain("admin@demo.liqun");
    }

    [Fact]
    public async Task Administrator_DeadlineRule_OutOfRangeRefusedOnTheField_LongerThanPromisedConfirmedAndFlagged()
    {
        var browser = RequireBrowser();
        await using var admin = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await admin.NewPageAsync();
        await fixture.SignInAsync(page, "admin@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/admin/deadline-rules");
        var days = page.Locator("input[data-type=Complaint]");
        var save = page.Locator("[data-save=Complaint]");
        try
        {
            await Ui.RetryUntilAsync(async () => { await days.FillAsync("0"); await days.PressAsync("Tab"); await save.ClickAsync(); },
                page.Locator(".mud-input-helper-text.mud-input-error"));
            await Assertions.Expect(page.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("请输入 1 至 365 天");
            await Assertions.Expect(days).ToHaveValueAsync("0");

            await days.FillAsync("20");
            await days.PressAsync("Tab");
            await save.ClickAsync();
            var dialog = page.Locator(".mud-dialog");
            await Assertions.Expect(dialog).ToContainTextAsync("长于隐私政策的承诺");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "deadline-rule-longer-confirm-zh-CN.png") });
            await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("已保存投诉");
            await Assertions.Expect(page.Locator("tr:has(input[data-type=Complaint]) [data-testid=rule-longer]")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "deadline-rules-flagged-zh-CN.png"), FullPage = true });
        }
        finally
        {
            await using var scope = fixture.Portal.ScopeAs("admin-e2e", "管理员", LiqunCompliance.Domain.Identity.Roles.Administrator);
            await scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Requests.DeadlineRules.DeadlineRuleService>()
                .UpdateAsync(LiqunCompliance.Domain.Requests.RequestType.Complaint, LiqunCompliance.Domain.Requests.DefaultDeadlineRules.ComplaintOrInquiry, cancellationToken: TestContext.Current.CancellationToken);
        }
    }

    private IBrowser RequireBrowser()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        return fixture.Browser!;
    }

    /// <summary>Opens the language menu (retrying until the circuit is live) and picks a culture.</summary>
    private static async Task SwitchLanguageAsync(IPage page, string culture)
    {
        var item = page.Locator($".mud-popover-open [data-culture=\"{culture}\"]");
        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=language-menu] button"), item);
        await item.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }
}
