using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LiqunCompliance.Tests.TestSupport;
using Microsoft.Playwright;
using MimeKit;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// Issue 18 §1 on a phone: a user submits a request in the privacy center, receives the code, verifies it; an officer
/// finds the request in the queue, verifies identity and answers it; the user tracks it and downloads the answer letter.
/// </summary>
public sealed partial class PrivacyCenterEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        AcceptDownloads = true,
    };

    [Fact]
    public async Task AUserOnAPhone_SubmitsVerifiesAndTracks_AndDownloadsTheAnswer_WhileTheOfficeWorksItInTheQueue()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var email = $"phone-{Guid.NewGuid():N}"[..16] + "@example.com";

        // The user fills in the form on a phone.
        await using var phoneContext = await fixture.Browser!.NewContextAsync(Phone);
        var user = await phoneContext.NewPageAsync();
        await user.GotoAsync(fixture.BaseUrl + "/privacy-center");
        await Assertions.Expect(user.Locator("h1")).ToHaveTextAsync("隐私中心");
        (await Serious(user, "/privacy-center")).ShouldBeEmpty();
        (await user.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375); // no sideways scrolling
        await user.SelectOptionAsync("#pc-type", "Access");
        await user.FillAsync("#pc-contact", email);
        await user.FillAsync("#pc-name", "林晓雨");
        await user.FillAsync("#pc-details", "请提供我账户中的收货地址和订单信息副本。");
        await user.Locator("#pc-type").ScrollIntoViewIfNeededAsync();
        await user.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("privacy-center-form-phone-zh-CN.png") });
        await user.ClickAsync("[data-testid=pc-send-code]");
        await user.WaitForURLAsync(VerifyUrl());
        (await Serious(user, "verify")).ShouldBeEmpty();

        // A wrong code first, then the one from the e-mail.
        await user.FillAsync("#pc-code", "000000");
        await user.ClickAsync("[data-testid=pc-verify]");
        await Assertions.Expect(user.Locator("[data-testid=pc-errors]")).ToContainTextAsync("验证码不正确");
        await user.FillAsync("#pc-code", await CodeAsync(email, "提交请求"));
        await user.ClickAsync("[data-testid=pc-verify]");
        var reference = (await user.Locator("[data-testid=pc-reference]").InnerTextAsync()).Trim();
        reference.ShouldMatch(@"^LQ-\d{4}-\d{6}$");
        await user.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("privacy-center-submitted-phone-zh-CN.png"), FullPage = true });

        // The officer finds it in the queue, as any other request, verifies the user's identity and answers.
        await using var officerContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var officer = await officerContext.NewPageAsync();
        await fixture.SignInAsync(officer, "officer@demo.liqun");
        await officer.GotoAsync(fixture.BaseUrl + "/requests");
        var search = officer.Locator("input[data-testid=filter-search], [data-testid=filter-search] input").First;
        var link = officer.Locator("[data-testid=request-link]", new() { HasText = reference });
        await Ui.RetryUntilAsync(async () =>
        {
            await search.FillAsync(reference);
            await search.PressAsync("Enter");
        }, link);
        await link.ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=timeline]")).ToContainTextAsync("联系方式已通过验证码验证");
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("已受理");
        await Ui.RetryUntilAsync(() => officer.ClickAsync("[data-action=VerifyIdentity]"), officer.Locator("[data-testid=action-submit]"));
        await officer.ClickAsync("[data-testid=action-submit]");
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("处理中");
        await officer.ClickAsync("[data-action=Complete]");
        if (await officer.Locator("[data-testid=action-answer]").CountAsync() > 0)
        {
            await officer.FillAsync("[data-testid=action-answer]", "您的收货地址和订单信息副本已通过电子邮件发送给您。");
        }

        await officer.FillAsync("[data-testid=action-text]", "内部：已导出收货地址和订单信息。");
        await officer.ClickAsync("[data-testid=action-submit]");
        await Assertions.Expect(officer.Locator("[data-testid=request-status]")).ToHaveTextAsync("已办结");

        // The user tracks it with the reference and a new code, and downloads the answer letter.
        await user.GotoAsync(fixture.BaseUrl + "/privacy-center/track");
        (await Serious(user, "/privacy-center/track")).ShouldBeEmpty();
        await user.FillAsync("#pc-reference", reference);
        await user.FillAsync("#pc-contact", email);
        await user.ClickAsync("[data-testid=pc-track-code]");
        await user.WaitForURLAsync(VerifyUrl());
        await user.FillAsync("#pc-code", await CodeAsync(email, "查询请求进度"));
        await user.ClickAsync("[data-testid=pc-verify]");
        await user.WaitForURLAsync(fixture.BaseUrl + "/privacy-center/track/status");
        await Assertions.Expect(user.Locator("[data-testid=pc-status-state]")).ToHaveTextAsync("已答复");
        await Assertions.Expect(user.Locator("[data-testid=pc-status-due]")).ToHaveTextAsync(DueDate());
        await Assertions.Expect(user.Locator("main")).Not.ToContainTextAsync("林晓雨");
        (await Serious(user, "/privacy-center/track/status")).ShouldBeEmpty();
        await user.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("privacy-center-tracking-phone-zh-CN.png"), FullPage = true });
        var download = await user.RunAndWaitForDownloadAsync(() => user.Locator("[data-testid=pc-letter] a").First.ClickAsync());
        download.SuggestedFilename.ShouldBe($"{reference}-answer.pdf");
        var saved = Path.Combine(fixture.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved, TestContext.Current.CancellationToken))[..4].ShouldBe("%PDF"u8.ToArray());
    }

    [Fact]
    public async Task TheCenter_ReadsInEnglish_OnAPhone_WithoutAxeFindings()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseUrl + "/privacy-center?culture=en-US");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Privacy center");
        (await Serious(page, "/privacy-center en-US")).ShouldBeEmpty();

        // A refused post keeps what was typed, says why next to the field, and is also announced.
        await page.FillAsync("#pc-contact", "not an address");
        await page.ClickAsync("[data-testid=pc-send-code]");
        await Assertions.Expect(page.Locator("[data-testid=pc-errors]")).ToContainTextAsync("Choose a type of request");
        await Assertions.Expect(page.Locator("#pc-contact")).ToHaveValueAsync("not an address");
        await Assertions.Expect(page.Locator("#Contact-error")).ToContainTextAsync("Enter an e-mail address");
        (await Serious(page, "/privacy-center en-US refused")).ShouldBeEmpty();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("privacy-center-refused-phone-en-US.png"), FullPage = true });
    }

    /// <summary>The code in the e-mail written to the portal's pickup folder for this address and purpose.</summary>
    private async Task<string> CodeAsync(string email, string purpose)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Directory.Exists(fixture.Portal.PickupFolder))
            {
                foreach (var file in Directory.GetFiles(fixture.Portal.PickupFolder, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address == email) && message.TextBody is { } body && body.Contains(purpose, StringComparison.Ordinal))
                    {
                        return CodePattern().Match(body).Value;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No {purpose} code for {email}");
    }

    private static async Task<IReadOnlyList<string>> Serious(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return [.. result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{what}: {v.Id} — {v.Nodes.First().Target} {v.Nodes.First().Html}")];
    }

    private string Shot(string name) => Path.Combine(fixture.ScreenshotFolder, name);

    [GeneratedRegex("/privacy-center/verify/[0-9a-f-]{36}$")]
    private static partial Regex VerifyUrl();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DueDate();

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex CodePattern();
}
