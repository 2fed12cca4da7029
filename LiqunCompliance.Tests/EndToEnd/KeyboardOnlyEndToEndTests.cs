using System.Text.RegularExpressions;
using LiqunCompliance.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// Issue 16 §4: the main request workflow by keyboard alone, with a visible focus at every step: a supervisor records a
/// hotline request (type chosen with the arrow keys), an officer verifies identity and completes it; a second officer
/// reviews, approves and publishes a revision (confirming in the dialog); the user menu opens and signs out; an officer logs an incident and confirms its grade. No click, no fill:
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
        // The pressed button is gone; the keyboard user's place is the actions panel, not the top of the page.
        await officer.WaitForFunctionAsync("() => document.activeElement?.dataset.testid === 'actions-heading'");
        // The next action's button replaces the completion's filled one: wait out MudBlazor's colour transition first.
        await Assertions.Expect(officer.Locator("[data-action=RecordAnswer]")).ToHaveClassAsync(new Regex("mud-button-outlined"));
        await officer.WaitForTimeoutAsync(500);
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "keyboard-completed-zh-CN.png") });
    }

    [Fact]
    public async Task ReviewApproveAndPublishARevision_ByKeyboardAlone()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        Guid id;
        await using (var scope = fixture.Portal.ScopeAs("officer-keyboard-author", "王敏", LiqunCompliance.Domain.Identity.Roles.PrivacyOfficer))
        {
            var revisions = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Policies.PolicyRevisionService>();
            var document = (await revisions.DocumentsAsync(TestContext.Current.CancellationToken)).Single(d => d.Key == "privacy-policy");
            var created = await revisions.CreateDraftAsync(document.Id, "2026.kb", "增加第三方共享清单的查看位置", cancellationToken: TestContext.Current.CancellationToken);
            created.Succeeded.ShouldBeTrue(created.Error);
            id = created.Value;
            var draft = (await revisions.GetAsync(id, TestContext.Current.CancellationToken))!.Revision;
            var edited = await revisions.EditAsync(id, draft.Version, draft.Label, draft.Markdown + "\n\n我们在 App“设置—隐私—第三方共享清单”中公示接入的第三方 SDK。", draft.ChangeSummary, [], TestContext.Current.CancellationToken);
            edited.Succeeded.ShouldBeTrue(edited.Error);
            draft = (await revisions.GetAsync(id, TestContext.Current.CancellationToken))!.Revision;
            var submitted = await revisions.SubmitAsync(id, draft.Version, TestContext.Current.CancellationToken);
            submitted.Succeeded.ShouldBeTrue(submitted.Error);
        }

        // The second officer reads the comparison, approves with today's date and publishes, confirming in the dialog.
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "reviewer@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + $"/policies/revisions/{id}");
        await Assertions.Expect(page.Locator("[data-status=InReview]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The tab list is one stop (the selected tab); the arrow keys move between its tabs.
        await Keyboard.TabToTabAsync(page, "正文", limit: 120);
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.innerText.trim() === '对比'");
        await Ui.RetryUntilAsync(() => page.Keyboard.PressAsync("Enter"), page.Locator("[data-testid=diff-side]"));
        await Assertions.Expect(page.Locator("[data-testid=diff-side] ins").First).ToContainTextAsync("第三方共享清单");
        await Keyboard.TabToAsync(page, "[data-testid=approve]", limit: 150);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=publish-now]")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        await Keyboard.TabToAsync(page, "[data-testid=publish-now]", limit: 150);
        await Ui.RetryUntilAsync(() => page.Keyboard.PressAsync("Enter"), page.Locator("[data-testid=confirm-dialog]"));
        await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToContainTextAsync("2026.kb");
        await Keyboard.TabToAsync(page, "[data-testid=confirm-ok]", limit: 10);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "keyboard-publish-confirm-zh-CN.png") });
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-status=Published]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task OpenTheUserMenuAndSignOut_ByKeyboardAlone()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The page puts the focus on its heading; the app bar is behind it (Shift+Tab).
        await Keyboard.TabToAsync(page, ".mud-menu-activator:has([data-testid=user-name])", backwards: true);
        await Ui.RetryUntilAsync(() => page.Keyboard.PressAsync("Enter"), page.Locator(".mud-popover-open [data-testid=sign-out]"));
        // A menu is walked with the arrow keys (Tab leaves it, as the ARIA menu pattern has it).
        for (var i = 0; i < 4 && !await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('[data-testid=sign-out]')"); i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await page.WaitForTimeoutAsync(200);
        }

        (await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('[data-testid=sign-out]') && getComputedStyle(document.activeElement).outlineStyle !== 'none'"))
            .ShouldBeTrue("the arrow keys reach 退出登录, with a visible focus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/Account/Login"), new() { Timeout = 15_000 });
        await page.GotoAsync(fixture.BaseUrl + "/requests");
        await page.WaitForURLAsync(new Regex("/Account/Login"));
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
