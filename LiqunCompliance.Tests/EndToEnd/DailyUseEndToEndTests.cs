using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>Issue 16 in Chromium: the supervisor finds a caller's requests, Ctrl+K opens an incident, the audit trail reads in Chinese.</summary>
public sealed class DailyUseEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Supervisor_FindsACallersEarlierRequests_ByPhone()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        string first, second;
        await using (var scope = fixture.Portal.ScopeAs("cs-e2e", "cs@demo.liqun", Roles.CustomerServiceSupervisor))
        {
            var intake = scope.ServiceProvider.GetRequiredService<RequestIntakeService>();
            IntakeForm Form(RequestType type, int days) => new()
            {
                Type = type, Channel = RequestChannel.Hotline, Name = "来电人甲", Phone = "13900007777", Details = "来电查询",
                ReceivedAt = LiqunCompliance.Tests.TestSupport.TestClock.Now.AddDays(-days),
            };
            first = (await intake.IntakeAsync(Form(RequestType.Access, 20), TestContext.Current.CancellationToken)).Value!.Reference;
            second = (await intake.IntakeAsync(Form(RequestType.Correction, 2), TestContext.Current.CancellationToken)).Value!.Reference;
        }

        await using var context = await NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "cs@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/requests");
        var search = page.Locator("input[data-testid=filter-search], [data-testid=filter-search] input").First;
        await Assertions.Expect(search).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var alert = page.Locator("[data-testid=caller-search]");
        await Ui.RetryUntilAsync(async () =>
        {
            await search.FillAsync("+86 139 0000 7777");
            await search.PressAsync("Enter");
        }, alert);

        await Assertions.Expect(alert).ToContainTextAsync("139****7777");
        await Assertions.Expect(alert).ToContainTextAsync("共 2 条");
        var grid = page.Locator("[data-testid=request-grid]");
        await Assertions.Expect(grid).ToContainTextAsync(first);
        await Assertions.Expect(grid).ToContainTextAsync(second);
        (await grid.InnerTextAsync()).ShouldNotContain("13900007777");
        await page.ScreenshotAsync(Shot("queue-caller-search-zh-CN.png"));

        // Every request at 1280 px: each column heading on one line, and no column pushed out of sight to the right.
        await page.Locator("[data-testid=caller-search] button").First.ClickAsync();
        await Assertions.Expect(alert).ToHaveCountAsync(0);
        await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(50, new() { Timeout = 20_000 });
        var headingHeights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('[data-testid=request-grid] thead th')].map(th => th.getBoundingClientRect().height)");
        headingHeights.Max().ShouldBeLessThan(60, "a column heading wraps");
        var overflow = await page.EvaluateAsync<double>("() => { const t = document.querySelector('[data-testid=request-grid] table'); return t.scrollWidth - t.parentElement.clientWidth; }");
        overflow.ShouldBeLessThanOrEqualTo(1, "the grid is wider than the page");
        await page.ScreenshotAsync(Shot("queue-1280-zh-CN.png"));
    }

    [Fact]
    public async Task Officer_CtrlK_FindsAnIncident_AndEnterOpensIt()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await NewContextAsync(1366);
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await Assertions.Expect(page.Locator("#quick-search input")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        var year = LiqunCompliance.Tests.TestSupport.TestClock.Now.Year;
        // The hit for the whole number (on a loaded machine a search for part of it can show first: wait for this one).
        var hit = page.Locator("[data-testid=quick-search-hit]", new() { HasText = $"INC-{year}-0001" }).First;
        await Ui.RetryUntilAsync(async () =>
        {
            await page.Locator("body").ClickAsync(new() { Position = new() { X = 700, Y = 500 } });
            await page.Keyboard.PressAsync("Control+k");
            await page.Keyboard.TypeAsync($"INC-{year}-0001", new() { Delay = 40 });
        }, hit);

        await Assertions.Expect(hit).ToContainTextAsync($"INC-{year}-0001");
        await page.ScreenshotAsync(Shot("quick-search-zh-CN.png"));
        // Enter opens the first hit (a navigation inside the app: no load event, so wait for the address only). On a loaded
        // machine the key can reach the field before the circuit has the hits: press again, at most three times.
        var incidentPage = new System.Text.RegularExpressions.Regex("/incidents/[0-9a-f-]{36}$");
        for (var attempt = 0; attempt < 3 && !incidentPage.IsMatch(page.Url); attempt++)
        {
            await page.Locator("#quick-search input").PressAsync("Enter");
            try
            {
                await page.WaitForURLAsync(incidentPage, new() { Timeout = 10_000, WaitUntil = WaitUntilState.Commit });
            }
            catch (TimeoutException)
            {
            }
        }

        incidentPage.IsMatch(page.Url).ShouldBeTrue(page.Url);
    }

    [Fact]
    public async Task Auditor_ReadsTheTrail_InChinese_WithNamesAndRoles()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await NewContextAsync(1366);
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "auditor@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/audit");
        var table = page.Locator("[data-testid=audit-table]");
        await Assertions.Expect(table).ToContainTextAsync("登录成功", new() { Timeout = 20_000 });
        await Assertions.Expect(table).ToContainTextAsync("（审计）");
        var text = await table.InnerTextAsync();
        text.ShouldNotContain("PrivacyRequest");
        text.ShouldNotContain("SignInSucceeded");
        await Assertions.Expect(page.Locator("[data-testid=audit-export]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(Shot("audit-readable-zh-CN.png"));
    }

    private Task<IBrowserContext> NewContextAsync(int width) =>
        fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });

    private PageScreenshotOptions Shot(string name) => new() { Path = Path.Combine(fixture.ScreenshotFolder, name), FullPage = false };
}
