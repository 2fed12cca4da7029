using LiqunCompliance.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// The register's "done when": an officer adds an SDK, edits it, sees the diff, publishes the lists, and the public
/// page (no sign-in, Chinese and English) shows the change.
/// </summary>
public sealed partial class RegisterEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SdkName = "极光推送 SDK（端到端）";

    [Fact]
    public async Task Officer_EntryHoldingARetiredCatalogueItem_IsFlagged_AndCanStillBeSuspended()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        Guid id;
        await using (var scope = fixture.Portal.ScopeAs("officer-e2e", "李娜", LiqunCompliance.Domain.Identity.Roles.PrivacyOfficer))
        {
            var register = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Register.RegisterService>();
            var catalogue = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Register.CatalogueService>();
            var created = await register.CreateAsync(new LiqunCompliance.Domain.Register.RegisterEntryData
            {
                Name = "停用目录端到端 SDK",
                Provider = "端到端科技有限公司",
                Kind = LiqunCompliance.Domain.Register.EntryKind.Sdk,
                Purpose = "统计",
                InformationItems = ["device-model", "imsi"],
            }, TestContext.Current.CancellationToken);
            created.Succeeded.ShouldBeTrue(string.Join(";", created.Errors));
            id = created.Value;
            var imsi = (await catalogue.ListAsync(TestContext.Current.CancellationToken)).Single(i => i.Code == "imsi");
            (await catalogue.SetRetiredAsync("imsi", imsi.Version, retired: true, TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        }

        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + $"/register/{id}");

        await Assertions.Expect(page.Locator("[data-testid=entry-retired-items]")).ToContainTextAsync("已停用的目录条目");
        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=entry-suspend]"), page.Locator("[data-testid=entry-reactivate]"));
        await Assertions.Expect(page.Locator("[data-testid=entry-errors]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "register-entry-retired-item-zh-CN.png") });
    }

    [Fact]
    public async Task Officer_AddsEditsPublishes_PublicListShowsTheChange()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await Assertions.Expect(page.Locator("[data-testid=home-register-reviews]")).ToBeVisibleAsync();

        await page.GotoAsync(fixture.BaseUrl + "/register");
        await Assertions.Expect(page.Locator("[data-testid=register-table]")).ToContainTextAsync("百度统计 SDK");
        await page.ScreenshotAsync(Shot("register-list-zh-CN.png"));

        // Add.
        await page.GotoAsync(fixture.BaseUrl + "/register/new");
        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=entry-items]"), page.Locator(".mud-popover-open .mud-list-item"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);

        // Text first, each committed (Tab) before the next, then the catalogue items.
        await Ui.TypeAsync(page, "entry-name", SdkName);
        await Ui.TypeAsync(page, "entry-provider", "深圳市和讯华谷信息技术有限公司");
        await Ui.TypeAsync(page, "entry-purpose", "推送订单和物流消息");
        await Ui.TypeAsync(page, "entry-url", "javascript:alert(1)");
        await page.ClickAsync("[data-testid=entry-items]");
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("OAID", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("硬件型号、操作系统类型", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Ui.CloseListAsync(page, "[data-testid=entry-items]");
        await Assertions.Expect(page.Locator("[data-testid=entry-name]")).ToHaveValueAsync(SdkName);
        await page.ClickAsync("[data-testid=entry-save]");
        await Assertions.Expect(page.Locator("[data-testid=register-errors]")).ToContainTextAsync("请更正标出的字段");
        await Assertions.Expect(page.Locator(".mud-input-control:has([data-testid=entry-url]) .mud-input-helper-text.mud-input-error")).ToContainTextAsync("http://");
        await Ui.TypeAsync(page, "entry-url", "https://www.jiguang.cn/license/privacy");
        await page.DblClickAsync("[data-testid=entry-save]"); // a double click adds one entry
        try
        {
            await Assertions.Expect(page.Locator("[data-testid=entry-title]")).ToHaveTextAsync(SdkName, Slow);
            await using var check = fixture.Portal.Services.CreateAsyncScope();
            (await check.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Data.ComplianceDbContext>().RegisterEntries
                .CountAsync(e => e.Name == SdkName, TestContext.Current.CancellationToken)).ShouldBe(1);
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(Shot("debug-register-save-failed.png"));
            throw;
        }

        await Assertions.Expect(page).ToHaveURLAsync(EntryUrl());

        // Edit, then see the diff in the history.
        await page.ClickAsync("[data-testid=entry-edit]");
        await Assertions.Expect(page.Locator("[data-testid=entry-purpose]")).ToHaveValueAsync("推送订单和物流消息", new() { Timeout = 15_000 });
        await Ui.TypeAsync(page, "entry-purpose", "推送订单、物流和售后消息");
        await page.ClickAsync("[data-testid=entry-save]");
        await Assertions.Expect(page.Locator("[data-testid=entry-history] [data-version='2']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var diff = page.Locator("[data-testid=entry-history] [data-version='2'] tr[data-field=Purpose]");
        await Assertions.Expect(diff).ToContainTextAsync("推送订单和物流消息");
        await Assertions.Expect(diff).ToContainTextAsync("推送订单、物流和售后消息");
        await page.ScreenshotAsync(Shot("register-entry-history-zh-CN.png"));

        // Publish.
        await page.GotoAsync(fixture.BaseUrl + "/register/lists");
        await Assertions.Expect(page.Locator($"[data-testid=pending-changes] [data-name='{SdkName}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=major-change]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(Shot("register-lists-pending-zh-CN.png"));
        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=publish]", new() { Timeout = 3_000 }), page.Locator("[data-testid=confirm-dialog]"));
        await Assertions.Expect(page.Locator("[data-testid=confirm-summary]")).ToContainTextAsync("重大变更");
        await page.ScreenshotAsync(Shot("register-lists-confirm-zh-CN.png"));
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=publish-message]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=publish-message]")).ToContainTextAsync("已发布");
        await Assertions.Expect(page.Locator("[data-testid=no-changes]")).ToBeVisibleAsync();

        // The public pages, signed out, as the app's settings menu opens them.
        await using var anonymous = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var user = await anonymous.NewPageAsync();
        await user.GotoAsync(fixture.BaseUrl + "/privacy-policy/sdk-list");
        await Assertions.Expect(user.Locator("h1")).ToHaveTextAsync("第三方共享个人信息清单");
        await Assertions.Expect(user.Locator("[data-testid=list-Sharing]")).ToContainTextAsync(SdkName);
        await Assertions.Expect(user.Locator("[data-testid=list-Sharing]")).ToContainTextAsync("推送订单、物流和售后消息");
        await Assertions.Expect(user.Locator("a[href='https://www.jiguang.cn/license/privacy']")).ToBeVisibleAsync();
        await user.ScreenshotAsync(Shot("public-sdk-list-zh-CN.png"));
        await user.ClickAsync("a[data-culture=en-US]");
        await Assertions.Expect(user.Locator("h1")).ToHaveTextAsync("List of third-party SDKs and partners sharing personal information");

        var phone = await anonymous.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync(fixture.BaseUrl + "/privacy-policy/collection-list?culture=en-US");
        await Assertions.Expect(phone.Locator("[data-testid=list-Collection]")).ToContainTextAsync("OAID");
        await phone.ScreenshotAsync(Shot("public-collection-list-phone-en-US.png"));
    }

    /// <summary>Saving navigates in the page (no load event); under a loaded CI machine the round trip can take seconds.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 15_000 };

    private PageScreenshotOptions Shot(string name) => new() { Path = Path.Combine(fixture.ScreenshotFolder, name), FullPage = true };

    [GeneratedRegex("/register/[0-9a-f-]{36}$")]
    private static partial Regex EntryUrl();
}
