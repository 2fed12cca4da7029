using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// Issue 5's "done when": an officer drafts a revision with a major change, a second officer reviews and approves it
/// with a notice plan, it publishes on schedule, and the public archive shows every version with a comparison.
/// </summary>
public sealed class PolicyRevisionEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Added = "我们在 App“设置—隐私—第三方共享清单”中公示接入的第三方 SDK。";

    [Fact]
    public async Task Draft_FourEyesApproval_NoticePlan_ScheduledPublication_PublicArchive()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var today = LiqunCompliance.Domain.Common.ChinaTime.Today(TestClock.Fixed);

        // The author drafts from the text in force and marks the major change.
        await using var authorContext = await NewContextAsync();
        var author = await authorContext.NewPageAsync();
        await fixture.SignInAsync(author, "officer@demo.liqun");
        await author.GotoAsync(fixture.BaseUrl + "/policies/new?document=privacy-policy");
        await Ui.TypeAsync(author, "new-revision-label", "2027.01");
        await Ui.TypeAsync(author, "new-revision-summary", "在隐私政策中增加第三方共享清单的查看位置");
        // The typed values stuck, so the circuit is live. A double click starts one draft (the button is busy, and the
        // form's submission id makes a second post answer with the first draft).
        await author.DblClickAsync("[data-testid=new-revision-create]");
        await Assertions.Expect(author.Locator("[data-testid=revision-editor]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await using (var scope = fixture.Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Data.ComplianceDbContext>();
            (await db.PolicyRevisions.CountAsync(r => r.Label == "2027.01", TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        var markdown = author.Locator("[data-testid=editor-markdown]");
        var text = await markdown.InputValueAsync();
        text.ShouldContain("## 三、我们如何共享");
        await markdown.FillAsync(text.Replace("## 三、我们如何共享、转让、公开披露您的个人信息\n", "## 三、我们如何共享、转让、公开披露您的个人信息\n\n" + Added + "\n", StringComparison.Ordinal));
        await markdown.PressAsync("Tab");
        (await markdown.InputValueAsync()).ShouldContain(Added);
        await Assertions.Expect(author.Locator("[data-testid=editor-preview]")).ToContainTextAsync("第三方共享清单", new() { Timeout = 15_000 });
        await author.Locator("[data-trigger=SharingRecipients]").First.ClickAsync();
        await author.ClickAsync("[data-testid=editor-save]");
        await Assertions.Expect(author.Locator("[data-testid=revision-message]")).ToContainTextAsync("已保存草稿 2027.01");
        await author.ScreenshotAsync(Shot("policy-editor-zh-CN.png"));

        // The author plans how users are told (the plan is reviewed with the text: whoever changes it cannot approve).
        await author.Locator("[data-channel=Sms]").First.ClickAsync();
        await Ui.TypeAsync(author, "notice-text-Sms", "【利群网商】我们更新了隐私政策，新增第三方共享清单的查看位置，详见 App。");
        await Assertions.Expect(author.Locator("[data-testid=notice-plan]")).ToContainTextAsync("共 1 条短信");
        await Ui.TypeAsync(author, "notice-date", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await author.ClickAsync("[data-testid=notice-save]");
        await Assertions.Expect(author.Locator("[data-testid=revision-message]")).ToContainTextAsync("已保存告知计划");
        // Right after the notice plan's save the panel re-renders; on a loaded machine a click can land on the old button.
        await Ui.RetryUntilAsync(() => author.ClickAsync("[data-testid=submit-review]", new PageClickOptions { Timeout = 5_000 }), author.Locator("[data-status=InReview]"));
        await Assertions.Expect(author.Locator("[data-status=InReview]")).ToBeVisibleAsync();
        await Assertions.Expect(author.Locator("[data-testid=revision-message]")).ToContainTextAsync("已提交审核：2027.01");
        var revisionUrl = author.Url;

        // The second officer compares, plans the notice and approves.
        await using var reviewerContext = await NewContextAsync();
        var reviewer = await reviewerContext.NewPageAsync();
        await fixture.SignInAsync(reviewer, "reviewer@demo.liqun");
        await reviewer.GotoAsync(revisionUrl);
        await Ui.RetryUntilAsync(() => reviewer.GetByRole(AriaRole.Tab, new() { Name = "对比" }).ClickAsync(), reviewer.Locator("[data-testid=diff-side]"));
        await Assertions.Expect(reviewer.Locator("[data-testid=diff-side] ins").First).ToContainTextAsync("第三方共享清单");
        await reviewer.ScreenshotAsync(Shot("policy-compare-zh-CN.png"));
        await Ui.TypeAsync(reviewer, "approve-effective", today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await reviewer.ClickAsync("[data-testid=approve]");
        await Assertions.Expect(reviewer.Locator("[data-testid=scheduled]")).ToBeVisibleAsync();
        await reviewer.ScreenshotAsync(Shot("policy-approved-zh-CN.png"));

        // Two days later the scheduled job publishes it.
        var job = new ScheduledPolicyPublisher(fixture.Portal.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(TestClock.Now.AddDays(2)),
            Options.Create(new PolicyPublishingOptions()), NullLogger<ScheduledPolicyPublisher>.Instance);
        (await job.RunOnceAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        await reviewer.ReloadAsync();
        await Assertions.Expect(reviewer.Locator("[data-status=Published]")).ToBeVisibleAsync();
        await Ui.RetryUntilAsync(() => reviewer.ClickAsync("[data-testid=verify-hash]"), reviewer.Locator("[data-testid=verify-result]"));
        await Assertions.Expect(reviewer.Locator("[data-testid=verify-result]")).ToContainTextAsync("一致");

        // Users see it, every earlier version, and what changed.
        await using var userContext = await NewContextAsync();
        var user = await userContext.NewPageAsync();
        await user.GotoAsync(fixture.BaseUrl + "/privacy-policy");
        await Assertions.Expect(user.Locator("[data-testid=policy-stamp]")).ToContainTextAsync("2027.01");
        await Assertions.Expect(user.Locator("[data-testid=policy-text]")).ToContainTextAsync(Added);
        await user.ClickAsync("[data-testid=compare-previous]");
        await Assertions.Expect(user.Locator("[data-testid=diff-side] ins").First).ToContainTextAsync("第三方共享清单");
        await user.ScreenshotAsync(Shot("public-policy-compare-zh-CN.png"));
        await user.GotoAsync(fixture.BaseUrl + "/privacy-policy/archive");
        await Assertions.Expect(user.Locator("[data-testid=archive-privacy-policy] tbody tr")).ToHaveCountAsync(3);
        await user.ScreenshotAsync(Shot("public-policy-archive-zh-CN.png"));
    }

    [Fact]
    public async Task UnsavedDraft_LeavingAsksFirst_AndTheTextComesBackFromThisBrowser()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        Guid id;
        await using (var scope = fixture.Portal.ScopeAs("officer-e2e", "李娜", LiqunCompliance.Domain.Identity.Roles.PrivacyOfficer))
        {
            var revisions = scope.ServiceProvider.GetRequiredService<PolicyRevisionService>();
            var document = (await revisions.DocumentsAsync(TestContext.Current.CancellationToken))[0];
            var created = await revisions.CreateDraftAsync(document.Id, "2027.local", "本地草稿", cancellationToken: TestContext.Current.CancellationToken);
            created.Succeeded.ShouldBeTrue(created.Error);
            id = created.Value;
        }

        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + $"/policies/revisions/{id}");
        var markdown = page.Locator("[data-testid=editor-markdown]");
        await Assertions.Expect(markdown).ToBeVisibleAsync(new() { Timeout = 20_000 });
        const string typed = "\n\n（尚未保存的一段新文字）";
        var original = await markdown.InputValueAsync();

        // Typed (and committed with Tab) until the editor knows it has unsaved changes: before the circuit connects, a
        // value typed into the prerendered page is lost.
        var editor = page.Locator("[data-testid=revision-editor]");
        for (var attempt = 0; attempt < 20 && await editor.GetAttributeAsync("data-unsaved") != "true"; attempt++)
        {
            await markdown.FillAsync(original + typed);
            await markdown.PressAsync("Tab");
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(editor).ToHaveAttributeAsync("data-unsaved", "true");
        await page.WaitForTimeoutAsync(500); // the local copy is written after the change

        // Leaving inside the portal asks; staying keeps the text.
        // (On a loaded machine the click can reach the page before the circuit handles it: click again until it asks;
        // a second click while the question is being prepared is held by the guard, so at most one dialog opens.)
        var dialog = page.Locator("[data-testid=confirm-dialog]");
        for (var attempt = 0; attempt < 4 && await dialog.CountAsync() == 0; attempt++)
        {
            await page.Locator("[data-nav='/']").First.ClickAsync();
            try
            {
                await dialog.WaitForAsync(new() { Timeout = 10_000 });
            }
            catch (TimeoutException)
            {
            }
        }

        await Assertions.Expect(dialog).ToContainTextAsync("尚未保存", new() { Timeout = 20_000 });
        await page.ScreenshotAsync(Shot("policy-unsaved-leave-zh-CN.png"));
        await page.ClickAsync("[data-testid=confirm-cancel]");
        (await markdown.InputValueAsync()).ShouldEndWith("（尚未保存的一段新文字）");

        // Leaving anyway, then coming back: this browser offers the text again.
        // (A slow machine can take the second click while the first dialog is still closing: ask again until the page leaves.)
        for (var attempt = 0; attempt < 3 && page.Url != fixture.BaseUrl + "/"; attempt++)
        {
            await page.Locator("[data-nav='/']").First.ClickAsync();
            await page.ClickAsync("[data-testid=confirm-ok]");
            await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToHaveCountAsync(0);
            try
            {
                await page.WaitForURLAsync(fixture.BaseUrl + "/", new() { Timeout = 10_000, WaitUntil = WaitUntilState.Commit });
            }
            catch (TimeoutException)
            {
            }
        }

        page.Url.ShouldBe(fixture.BaseUrl + "/");
        await page.GotoAsync(fixture.BaseUrl + $"/policies/revisions/{id}");
        await Assertions.Expect(page.Locator("[data-testid=local-draft]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.ClickAsync("[data-testid=local-draft-restore]");
        await Assertions.Expect(markdown).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("（尚未保存的一段新文字）$"));
    }

    private Task<IBrowserContext> NewContextAsync() =>
        fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });

    private PageScreenshotOptions Shot(string name) => new() { Path = Path.Combine(fixture.ScreenshotFolder, name), FullPage = false };
}
