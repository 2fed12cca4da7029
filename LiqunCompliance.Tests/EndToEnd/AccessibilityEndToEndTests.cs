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

    private async Task<IEnumerable<string>> CheckAsync(IPage page, string path, string who)
    {
        await page.GotoAsync(fixture.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300); // let MudBlazor finish its first render
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return result.Violations
            .Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{who} {path}: {v.Id} ({v.Impact}) ×{v.Nodes.Length} — {v.Nodes.First().Target} {Short(v.Nodes.First().Html)}");
    }

    private static string Short(string html) => html.Length > 160 ? html[..160] + "…" : html;

    private async Task<IBrowserContext> NewContextAsync(string language)
    {
        var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var host = new Uri(fixture.BaseUrl).Host;
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Domain = host, Path = "/" }]);
        return context;
    }


}
