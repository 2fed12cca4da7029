using LiqunCompliance.Tests.TestSupport;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>Issue 7's "done when": a manager opens the dashboard and downloads the monthly PDF and Excel, in Chinese.</summary>
public sealed class ManagementEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_OpensDashboard_DownloadsMonthlyPdfAndExcel()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "manager@demo.liqun");
        await page.GotoAsync(fixture.BaseUrl + "/dashboard");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("数据看板");
        await Assertions.Expect(page.Locator("[data-testid=dash-weekly] svg")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=dash-incidents]")).ToContainTextAsync("较大");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "dashboard-Management-zh-CN.png"), FullPage = true });

        // Each figure says what it counts (keyboard focus opens the tooltip); management's figures are not links to the queue it cannot open.
        await page.Locator("[data-testid=dash-ontime-definition]").FocusAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open").Filter(new() { HasText = "有答复期限的请求中" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await page.WaitForTimeoutAsync(800); // the tooltip fades in
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "dashboard-definition-tooltip-zh-CN.png") });
        await Assertions.Expect(page.Locator("[data-testid=dash-ontime-value]")).Not.ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("requests"));
        await Assertions.Expect(page.Locator("[data-testid=regulator-pack]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"from=\d{4}-\d{2}-\d{2}&to="));

        var month = LiqunCompliance.Domain.Common.ChinaTime.Today(TestClock.Fixed).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await Ui.TypeAsync(page, "report-month", month);
        var pdfHref = await page.Locator("[data-testid=monthly-pdf]").GetAttributeAsync("href");
        pdfHref.ShouldBe($"/reports/monthly.pdf?month={month}&lang=zh-CN");
        var pdf = await context.APIRequest.GetAsync(fixture.BaseUrl + pdfHref);
        pdf.Status.ShouldBe(200);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.BodyAsync()))
        {
            document.GetPage(1).Text.ShouldContain($"个人信息保护合规月报 {month}");
        }

        var xlsx = await context.APIRequest.GetAsync(fixture.BaseUrl + await page.Locator("[data-testid=monthly-xlsx]").GetAttributeAsync("href"));
        xlsx.Status.ShouldBe(200);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await xlsx.BodyAsync()));
        workbook.Worksheet(1).Name.ShouldBe("概要");
    }
}
