using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// Issue 6's "done when": an officer logs an incident, the grade and deadline are proposed, the report PDF is
/// produced, a complete notice is issued by e-mail to the pickup folder and as a public announcement.
/// </summary>
public sealed class IncidentEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Officer_LogsGradesReportsAndNotifies()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "officer@demo.liqun");
        await Assertions.Expect(page.Locator("[data-testid=home-incident-clock]")).ToContainTextAsync("撞库");
        await page.ScreenshotAsync(Shot("home-incident-clock-zh-CN.png"));

        // Log.
        await page.GotoAsync(fixture.BaseUrl + "/incidents/new");
        await Ui.TypeAsync(page, "incident-title", "订单导出接口未鉴权");
        await page.DblClickAsync("[data-testid=incident-log]"); // a double click logs one incident
        await Assertions.Expect(page.Locator("[data-testid=incident-reference]")).ToContainTextAsync("INC-", new() { Timeout = 15_000 });
        await using (var check = fixture.Portal.Services.CreateAsyncScope())
        {
            (await check.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Data.ComplianceDbContext>().Incidents
                .CountAsync(i => i.Title == "订单导出接口未鉴权", TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        // Facts: 200,000–300,000 people with sensitive data → 较大, report within 4 hours.
        await Ui.TypeAsync(page, "facts-people-min", "200000");
        await Ui.TypeAsync(page, "facts-people-max", "300000");
        await page.Locator("[data-testid=facts-sensitive]").First.ClickAsync();
        await Ui.TypeAsync(page, "narrative-InformationTypes", "姓名、手机号、收货地址、订单信息");
        await Ui.TypeAsync(page, "narrative-Cause", "订单导出接口上线时遗漏鉴权配置");
        await Ui.TypeAsync(page, "narrative-PossibleHarm", "订单和联系方式可能被他人获取，用于诈骗或骚扰");
        await Ui.TypeAsync(page, "narrative-MeasuresTaken", "已下线接口、补充鉴权并排查访问日志");
        await Ui.TypeAsync(page, "narrative-UserActions", "警惕冒充客服的电话和短信，不要透露验证码");
        await Ui.TypeAsync(page, "narrative-Remedies", "如有损失请联系我们核实补偿，也可依法投诉或起诉");
        await Ui.TypeAsync(page, "narrative-Contact", "dzsw@iliqun.com");
        await page.ClickAsync("[data-testid=facts-save]");
        await Assertions.Expect(page.Locator("[data-testid=incident-grading]")).ToContainTextAsync("较大", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=incident-reports] [data-testid=report-clock]")).ToContainTextAsync("距报告截止");

        // Initial report: draft the text, record it, open the PDF.
        await page.ClickAsync("[data-testid=report-draft]");
        await Assertions.Expect(page.Locator("[data-testid=report-content]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("订单导出接口上线时遗漏鉴权配置"));
        await page.ClickAsync("[data-testid=report-record]");
        await Assertions.Expect(page.Locator("[data-testid=incident-reports] [data-report=Initial]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var pdfHref = await page.Locator("[data-testid=incident-reports] [data-report=Initial] a").GetAttributeAsync("href");
        var pdf = await context.APIRequest.GetAsync(fixture.BaseUrl + pdfHref);
        pdf.Status.ShouldBe(200);
        (await pdf.BodyAsync()).Length.ShouldBeGreaterThan(1000);

        // E-mail notice, then a public announcement.
        await IssueAsync(page, "电子邮件告知（中文）", "zhao@example.com\nqian@example.com");
        await Assertions.Expect(page.Locator("[data-testid=incident-message]")).ToContainTextAsync("已发出 2 封电子邮件");
        Directory.GetFiles(fixture.Portal.PickupFolder, "*.eml").Length.ShouldBe(2);
        await IssueAsync(page, "公告（中文）", null);
        await Assertions.Expect(page.Locator("[data-testid=incident-message]")).ToContainTextAsync("/security-notices/");
        await page.ScreenshotAsync(Shot("incident-zh-CN.png"));

        await using var anonymous = await fixture.Browser!.NewContextAsync();
        var user = await anonymous.NewPageAsync();
        await user.GotoAsync(fixture.BaseUrl + "/security-notices");
        await user.Locator("[data-testid=notices-list] a").First.ClickAsync();
        await Assertions.Expect(user.Locator("[data-testid=notice-body]")).ToContainTextAsync("已下线接口、补充鉴权并排查访问日志");
        await user.ScreenshotAsync(Shot("public-security-notice-zh-CN.png"));
    }

    private static async Task IssueAsync(IPage page, string template, string? recipients)
    {
        await Ui.RetryUntilAsync(() => page.ClickAsync("[data-testid=notice-template]"), page.Locator(".mud-popover-open .mud-list-item"));
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(template, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=notice-preview]")).ToContainTextAsync("订单导出接口上线时遗漏鉴权配置");
        if (recipients is not null)
        {
            await Ui.TypeAsync(page, "notice-recipients", recipients);
        }

        await page.ClickAsync("[data-testid=notice-issue]");
        await Assertions.Expect(page.Locator("[data-testid=confirm-preview]")).ToContainTextAsync("订单导出接口上线时遗漏鉴权配置");
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToHaveCountAsync(0);
    }

    private PageScreenshotOptions Shot(string name) => new() { Path = Path.Combine(fixture.ScreenshotFolder, name), FullPage = false };
}
