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
/// table, opened by a role that may open it, in Chinese and in English; the public pages too. A new page is checked as
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

        // Signed in: each page as the first role the table allows, one browser context per role.
        foreach (var group in PageAccessTable.Protected.GroupBy(p => p.Roles[0]))
        {
            await using var context = await NewContextAsync(language);
            var page = await context.NewPageAsync();
            await fixture.SignInAsync(page, DemoAccounts.All.First(a => a.Role == group.Key).Email);
            foreach (var (template, _) in group)
            {
                findings.AddRange(await CheckAsync(page, PageAccessTable.Resolve(template, ids), group.Key));
            }
        }

        // Not signed in: the public pages and the sign-in pages.
        await using (var context = await NewContextAsync(language))
        {
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "/Account/Login", "/Account/Lockout", "/privacy-policy", "/privacy-policy/archive", "/privacy-policy/sdk-list", "/privacy-policy/collection-list", "/security-notices" })
            {
                findings.AddRange(await CheckAsync(page, path, "anonymous"));
            }
        }

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
