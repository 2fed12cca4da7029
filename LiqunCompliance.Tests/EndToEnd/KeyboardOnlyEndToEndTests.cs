using System.Text.RegularExpressions;
using LiqunCompliance.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// Issue 16 §4: the main request workflow by keyboard alone, with a visible focus at every step: a supervisor records a
/// hotline request (type chosen with the arrow keys), an officer verifies identity and completes it; an officer logs an
/// incident and confirms its grade. No click, no fill:
/// only Tab, arrows, Enter, Space and typed characters after the page is opened.
/// </summary>
public sealed class KeyboardOnlyEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RecordVerifyComplete_ByKeyboardAlone()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var supervisorContext = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var supervisor = await supervisorContext.NewPageAsync();
        await fixture.SignInAsync(supervisor, "cs@demo.liqun");
        await supervisor.GotoAsync(fixture.BaseUrl + "/requests/new");
        await Assertions.Expect(supervisor.Locator("h1")).ToHaveTextAsync("登记请求");
        await supervisor.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The type: focus the select, open it with the keyboard, move to 删除, choose it.
        await Keyboard.TabToAsync(supervisor, "[data-testid=intake-type]");
        await Ui.RetryUntilAsync(() => supervisor.Keyboard.PressAsync("ArrowDown"), supervisor.Locator(".mud-popover-open .mud-list-item"));
        // The highlighted option is the one MudBlazor makes focusable (tabindex 0); each ArrowDown moves it one down.
        const string highlighted = "() => document.querySelector('.mud-popover-open [role=option][tabindex=\"0\"]')?.innerText.trim() ?? ''";
        for (var i = 0; i < 12; i++)
        {
            var current = await supervisor.EvaluateAsync<string>(highlighted);
            if (current == "删除")
            {
                break;
            }

            await supervisor.Keyboard.PressAsync("ArrowDown");
            await supervisor.WaitForFunctionAsync($"previous => ({highlighted})() !== previous", current);
        }

        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);

        await Keyboard.TypeIntoAsync(supervisor, "[data-testid=intake-name]", "钱晓东");
        await Keyboard.TypeIntoAsync(supervisor, "[data-testid=intake-phone]", "13977778888");
        await Keyboard.TypeIntoAsync(supervisor, "[data-testid=intake-details]", "来电要求删除浏览记录（键盘登记）。");
        await Keyboard.TabToAsync(supervisor, "[data-testid=intake-submit]");
        await supervisor.Keyboard.PressAsync("Enter");
        await supervisor.WaitForURLAsync(new Regex("/requests/[0-9a-f-]{36}$"));
        var requestUrl = supervisor.Url;
        await Assertions.Expect(supervisor.Locator("[data-testid=masked-contact]")).ToContainTextAsync("139****8888");
        await using (var scope = fixture.Portal.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Data.ComplianceDbContext>().PrivacyRequests
                .Where(r => r.Details == "来电要求删除浏览记录（键盘登记）。").Select(r => r.Type).SingleAsync(TestContext.Current.CancellationToken))
                .ShouldBe(LiqunCompliance.Domain.Requests.RequestType.Deletion, "the type chosen with the arrow keys");
        }

        // The officer verifies identity and completes it.
        await using var officerContext = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var officer = await officerContext.NewPageAsync();
        await fixture.SignInAsync(officer, "officer@demo.liqun");
        await officer.GotoAsync(requestUrl);
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("已受理");
        await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Keyboard.TabToAsync(officer, "[data-action=VerifyIdentity]");
        await Ui.RetryUntilAsync(() => officer.Keyboard.PressAsync("Enter"), officer.Locator("[data-testid=action-submit]"));
        await Keyboard.TabToAsync(officer, "[data-testid=action-submit]");
        await officer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("处理中", new() { Timeout = 15_000 });

        await Keyboard.TabToAsync(officer, "[data-action=Complete]");
        await officer.Keyboard.PressAsync("Enter");
        await Keyboard.TypeIntoAsync(officer, "[data-testid=action-answer]", "您的浏览记录已删除。");
        await Keyboard.TypeIntoAsync(officer, "[data-testid=action-text]", "内部：已在后台删除浏览记录。");
        await Keyboard.TabToAsync(officer, "[data-testid=action-submit]");
        await officer.Keyboard.PressAsync("Enter");

        // No register recipient holds this user's data: the page asks why, in a field the keyboard reaches next.
        await Assertions.Expect(officer.Locator("[data-testid=action-error]")).ToContainTextAsync("说明没有接收方的原因", new() { Timeout = 15_000 });
        await Keyboard.TypeIntoAsync(officer, "[data-testid=action-no-recipient]", "该用户的浏览记录未向任何第三方提供。");
        await Keyboard.TabToAsync(officer, "[data-testid=action-submit]");
        await officer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("已办结", new() { Timeout = 15_000 });
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "keyboard-completed-zh-CN.png") });
    }

    [Fact]
    public async Task LogAnIncidentAndConfirmItsGrade_ByKeyboardAlone()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/incidents/new");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Keyboard.TypeIntoAsync(page, "[data-testid=incident-title]", "客服工单系统误发短信（键盘登记）");
        await Keyboard.TabToAsync(page, "[data-testid=incident-log]");
        await Ui.RetryUntilAsync(() => page.Keyboard.PressAsync("Enter"), page.Locator("[data-testid=incident-reference]"));
        await Assertions.Expect(page.Locator("[data-testid=incident-reference]")).ToContainTextAsync("INC-", new() { Timeout = 15_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The proposed grade confirmed from the keyboard.
        await Keyboard.TabToAsync(page, "[data-testid=grade-confirm]", limit: 150);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=incident-grading]")).ToContainTextAsync("已确认：", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "keyboard-incident-zh-CN.png") });
    }
}
