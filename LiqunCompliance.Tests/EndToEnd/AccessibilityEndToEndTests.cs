using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// Issue 16 §4: axe-core (WCAG 2.1 A and AA rules) finds no critical or serious violation on any page of the page-access
/// table, opened by every role that may open it (in Chinese; in English by the first role allowed), and the public pages. A new page is checked as
/// soon as it is added to the table.
/// </summary>
public sealed class AccessibilityEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Languages() => ["zh-CN", "en-US"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPage_NoCriticalOrSeriousViolation(string language)
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var ids = await PageAccessTable.IdsAsync(fixture.Portal.Services);
        var findings = new List<string>();

        // Signed in: every role, on every page it may open, one browser context per role, in the working language. What a
        // role sees differently (links, buttons) does not depend on the language, nor on the database: English, and the
        // PostgreSQL run (CI's second pass), check each page as its first allowed role (keeps CI's time in bounds).
        var totals = new List<string>();
        var firstRoleOnly = TestDatabase.IsPostgreSql || language != "zh-CN";
        var roles = firstRoleOnly
            ? PageAccessTable.Protected.Select(p => p.Roles[0]).Distinct().ToList()
            : [.. LiqunCompliance.Domain.Identity.Roles.All];
        foreach (var role in roles)
        {
            await using var context = await NewContextAsync(language);
            var page = await context.NewPageAsync();
            await fixture.SignInAsync(page, DemoAccounts.All.First(a => a.Role == role).Email);
            var pages = PageAccessTable.Protected.Where(p => firstRoleOnly ? p.Roles[0] == role : p.Roles.Contains(role)).Select(p => PageAccessTable.Resolve(p.Path, ids)).ToList();
            var before = findings.Count;
            foreach (var path in pages)
            {
                findings.AddRange(await CheckAsync(page, path, role));
                if (path == "/requests")
                {
                    // Row checkboxes are named in the page's language, with the request they select.
                    await Assertions.Expect(page.Locator("[data-testid=request-grid] tbody input[type=checkbox]").First)
                        .ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex(language == "zh-CN" ? "^选择请求 LQ-" : "^Select request LQ-"));
                }
            }

            totals.Add($"{role}: {pages.Count} pages, {findings.Count - before} findings");
        }

        // Not signed in: the public pages (lists and a page of each kind) and the sign-in pages.
        await using (var context = await NewContextAsync(language))
        {
            var page = await context.NewPageAsync();
            var publicPages = new List<string>
            {
                "/Account/Login", "/Account/Lockout", "/Account/AccessDenied", "/not-found", "/privacy-policy", "/privacy-policy/archive",
                "/privacy-policy/versions/2022-08-29", "/privacy-policy/versions/v2?compare=previous", "/privacy-policy/documents/account-cancellation",
                "/privacy-policy/sdk-list", "/privacy-policy/collection-list", "/security-notices",
            };
            foreach (var path in publicPages)
            {
                findings.AddRange(await CheckAsync(page, path, "anonymous"));
            }

            // A published security notice, when the demo has one.
            await page.GotoAsync(fixture.BaseUrl + "/security-notices");
            if (await page.Locator("main a[href^='/security-notices/']").CountAsync() > 0)
            {
                findings.AddRange(await CheckAsync(page, await page.Locator("main a[href^='/security-notices/']").First.GetAttributeAsync("href") ?? "/security-notices", "anonymous"));
            }

            totals.Add($"anonymous: {publicPages.Count} pages");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"axe ({language}): {string.Join("; ", totals)}");
        findings.ShouldBeEmpty($"{findings.Count} critical or serious findings ({language})");
    }

    /// <summary>
    /// What a page sweep does not see: every page in dark mode (as its first allowed role, and the sign-in and public
    /// policy pages), open dialogs (a form dialog, confirmation dialogs), the open user menu, the quick search's results
    /// and a request with an action's inputs open.
    /// </summary>
    [Fact]
    public async Task DarkMode_Dialogs_OpenMenus_AndPagesAfterAnAction_NoCriticalOrSeriousViolation()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var ids = await PageAccessTable.IdsAsync(fixture.Portal.Services);
        var findings = new List<string>();

        // Dark mode, every page (the SQLite pass; the PostgreSQL pass renders the same pages).
        if (!TestDatabase.IsPostgreSql)
        {
            foreach (var role in PageAccessTable.Protected.Select(p => p.Roles[0]).Distinct())
            {
                await using var context = await NewContextAsync("zh-CN", dark: true);
                var page = await context.NewPageAsync();
                await fixture.SignInAsync(page, DemoAccounts.All.First(a => a.Role == role).Email);
                foreach (var path in PageAccessTable.Protected.Where(p => p.Roles[0] == role).Select(p => PageAccessTable.Resolve(p.Path, ids)))
                {
                    findings.AddRange(await CheckAsync(page, path, $"{role} (dark)"));
                    if (path == "/requests")
                    {
                        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "dark-requests-zh-CN.png") });
                    }
                }
            }

            await using var anonymous = await NewContextAsync("zh-CN", dark: true);
            var publicPage = await anonymous.NewPageAsync();
            foreach (var path in new[] { "/Account/Login", "/privacy-policy", "/privacy-policy/sdk-list" })
            {
                findings.AddRange(await CheckAsync(publicPage, path, "anonymous (dark)"));
            }
        }

        // An administrator's form dialog and confirmation dialog.
        await using (var context = await NewContextAsync("zh-CN"))
        {
            var page = await context.NewPageAsync();
            await fixture.SignInAsync(page, DemoAccounts.All.First(a => a.Role == LiqunCompliance.Domain.Identity.Roles.Administrator).Email);
            await page.GotoAsync(fixture.BaseUrl + "/admin/users");
            await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=user-create]"), page.Locator(".mud-dialog"));
            findings.AddRange(await CheckOpenAsync(page, "Administrator: new user dialog"));
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await page.Locator("[data-testid=users-table] button[aria-label='锁定账户']").First.ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToBeVisibleAsync();
            findings.AddRange(await CheckOpenAsync(page, "Administrator: lock confirmation"));
        }

        // An officer: the user menu open, the quick search's results, a request with the completion's inputs open.
        await using (var context = await NewContextAsync("zh-CN"))
        {
            var page = await context.NewPageAsync();
            await fixture.SignInAsync(page, "officer@demo.liqun");
            await page.GotoAsync(fixture.BaseUrl + "/");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=user-name]"), page.Locator(".mud-popover-open a[href='/Account/Manage']"));
            findings.AddRange(await CheckOpenAsync(page, "PrivacyOfficer: user menu open"));
            await page.Keyboard.PressAsync("Escape");

            await Ui.RetryUntilAsync(async () =>
            {
                await page.Locator("body").ClickAsync(new() { Position = new() { X = 700, Y = 500 } });
                await page.Keyboard.PressAsync("Control+k");
                await page.Keyboard.TypeAsync("LQ-2026", new() { Delay = 40 });
            }, page.Locator("[data-testid=quick-search-hit]").First);
            findings.AddRange(await CheckOpenAsync(page, "PrivacyOfficer: quick search results"));

            await page.GotoAsync(fixture.BaseUrl + "/requests/" + ids.Request);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var action = page.Locator("[data-testid=request-actions] [data-action]").First;
            if (await action.CountAsync() > 0)
            {
                await Ui.RetryUntilAsync(() => action.ClickAsync(), page.Locator("[data-testid=action-submit]"));
                findings.AddRange(await CheckOpenAsync(page, "PrivacyOfficer: request action open"));
            }
        }

        // An auditor's confirmation before checking the whole chain.
        await using (var context = await NewContextAsync("zh-CN"))
        {
            var page = await context.NewPageAsync();
            await fixture.SignInAsync(page, DemoAccounts.All.First(a => a.Role == LiqunCompliance.Domain.Identity.Roles.Auditor).Email);
            await page.GotoAsync(fixture.BaseUrl + "/audit");
            await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=audit-verify]"), page.Locator("[data-testid=confirm-dialog]"));
            findings.AddRange(await CheckOpenAsync(page, "Auditor: verify confirmation"));
        }

        findings.ShouldBeEmpty($"{findings.Count} critical or serious findings");
    }

    /// <summary>axe on the page as it is now (a dialog or menu open), without navigating.</summary>
    private static async Task<IEnumerable<string>> CheckOpenAsync(IPage page, string what)
    {
        await page.WaitForTimeoutAsync(400); // let the dialog's or menu's opening transition finish
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return Serious(result, what);
    }

    private static IEnumerable<string> Serious(AxeResult result, string what) =>
        result.Violations
            .Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{what}: {v.Id} ({v.Impact}) ×{v.Nodes.Length} — {v.Nodes.First().Target} {Short(v.Nodes.First().Html)}");

    private async Task<IEnumerable<string>> CheckAsync(IPage page, string path, string who)
    {
        await page.GotoAsync(fixture.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300); // let MudBlazor finish its first render
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return Serious(result, $"{who} {path}");
    }

    private static string Short(string html) => html.Length > 160 ? html[..160] + "…" : html;

    private async Task<IBrowserContext> NewContextAsync(string language, bool dark = false)
    {
        var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var host = new Uri(fixture.BaseUrl).Host;
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Domain = host, Path = "/" }]);
        if (dark)
        {
            await context.AddCookiesAsync([new Cookie { Name = LiqunCompliance.Web.Infrastructure.UiPreferences.ThemeCookieName, Value = "dark", Domain = host, Path = "/" }]);
        }

        return context;
    }
}
