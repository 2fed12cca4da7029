using System.Net;
using ClosedXML.Excel;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Reports;

/// <summary>The monthly PDF and workbook, read back and checked against the data in the database.</summary>
public sealed class MonthlyReportTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReportMonth ThisMonth
    {
        get
        {
            var today = ChinaTime.Today(TestClock.Fixed);
            return new ReportMonth(today.Year, today.Month);
        }
    }

    [Fact]
    public async Task Pdf_HeadlineFiguresMatchTheDatabase()
    {
        var expected = await ExpectedAsync(ThisMonth);
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var response = await manager.GetAsync($"/reports/monthly.pdf?month={ThisMonth}&lang=zh-CN", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        document.NumberOfPages.ShouldBeGreaterThanOrEqualTo(4);
        document.GetPage(1).Text.ShouldContain($"个人信息保护合规月报 {ThisMonth}");
        document.GetPage(2).Text.ShouldContain("目录");
        document.GetPage(2).Text.ShouldContain("管理层摘要");
        var summary = document.GetPage(3).Text;
        summary.ShouldContain($"收到请求{expected.Received:N0}");
        summary.ShouldContain($"办结请求{expected.Closed:N0}");
        summary.ShouldContain($"本月收到请求 {expected.Received} 件，办结 {expected.Closed} 件");
        string.Concat(document.GetPages().Select(p => p.Text)).ShouldContain("每周收到与办结的请求数");
        document.GetPage(3).Text.ShouldContain($"报告期 {ThisMonth}");

        // Who, which period, when, for whom; an unfinished month says so on its first page of figures.
        var cover = document.GetPage(1).Text;
        cover.ShouldContain("利群集团青岛电子商务有限公司");
        cover.ShouldContain("统计期间：2026-11-01 至 2026-11-30");
        cover.ShouldContain("内部资料");
        summary.ShouldContain("截至 11月18日，本月尚未结束");
        var all = string.Concat(document.GetPages().Select(p => p.Text));
        all.ShouldContain("按时率：统计期内结束且有答复期限的请求中");
        if (expected.OnTimeRate is { } rate)
        {
            summary.ShouldContain(rate.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture)); // one rounding for the table and the sentence
            summary.ShouldNotContain(rate.ToString("P0", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("zh-CN", 0)]
    [InlineData("en-US", 0)]
    [InlineData("zh-CN", -1)]
    [InlineData("en-US", -1)]
    public async Task Pdf_NoTextOverlapsOtherText_InEitherLanguage(string language, int monthOffset)
    {
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var month = monthOffset == 0 ? ThisMonth : ThisMonth.Previous;
        var bytes = await manager.GetByteArrayAsync($"/reports/monthly.pdf?month={month}&lang={language}", Ct);
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        foreach (var page in document.GetPages())
        {
            // Each glyph's box, shrunk a little: neighbouring letters may touch, never cover each other (chart labels included).
            var boxes = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => (Text: l.Value, Box: new UglyToad.PdfPig.Core.PdfRectangle(l.BoundingBox.Left + 0.8, l.BoundingBox.Bottom + 0.8, l.BoundingBox.Right - 0.8, l.BoundingBox.Top - 0.8)))
                .Where(b => b.Box.Width > 0 && b.Box.Height > 0).ToList();
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var (a, b) = (boxes[i].Box, boxes[j].Box);
                    var overlap = a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;
                    overlap.ShouldBeFalse($"page {page.Number}: \"{boxes[i].Text}\" overlaps \"{boxes[j].Text}\"");
                }
            }
        }
    }

    [Theory]
    [InlineData("zh-CN", 0)]
    [InlineData("en-US", 0)]
    [InlineData("zh-CN", -1)]
    [InlineData("en-US", -1)]
    public async Task Pdf_NoSectionHeadingEndsAPage(string language, int monthOffset)
    {
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var month = monthOffset == 0 ? ThisMonth : ThisMonth.Previous;
        var bytes = await manager.GetByteArrayAsync($"/reports/monthly.pdf?month={month}&lang={language}", Ct);
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        foreach (var page in document.GetPages().Skip(1)) // after the cover
        {
            // Headings are set at 16 pt, body text and chart titles at 10.5 pt, the page footer at 8 pt.
            var headings = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize >= 15).ToList();
            if (headings.Count == 0)
            {
                continue;
            }

            var lowestHeading = headings.Min(l => l.BoundingBox.Bottom);
            page.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize is > 9 and < 15 && l.BoundingBox.Top < lowestHeading)
                .ShouldBeTrue($"page {page.Number} ends with a heading: \"{string.Concat(headings.Where(h => h.BoundingBox.Bottom < lowestHeading + 6).Select(h => h.Value))}\"");
        }
    }

    [Fact]
    public async Task FutureMonth_Refused_WithAMessage()
    {
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var response = await manager.GetAsync("/reports/monthly.pdf?month=2027-01&lang=zh-CN", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("尚未开始");
    }

    [Fact]
    public async Task Excel_RealNumbersAndDates_FormulaTotals_MaskedNames()
    {
        var expected = await ExpectedAsync(ThisMonth);
        using var manager = await factory.SignInAsync("auditor@demo.liqun");
        var response = await manager.GetAsync($"/reports/monthly.xlsx?month={ThisMonth}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        using (var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(package, Ct).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        using var workbook = new XLWorkbook(new MemoryStream(bytes));

        workbook.Worksheets.Select(w => w.Name).ShouldBe(["概要", "请求", "安全事件", "登记簿变更", "政策修订", "定义"]);
        var summary = workbook.Worksheet("概要");
        summary.Cell(5, 1).GetString().ShouldBe("收到请求");
        summary.Cell(5, 2).GetDouble().ShouldBe(expected.Received);
        summary.Cell(6, 2).GetDouble().ShouldBe(expected.Closed);

        var requests = workbook.Worksheet("请求");
        requests.SheetView.SplitRow.ShouldBe(4);
        requests.AutoFilter.IsEnabled.ShouldBeTrue();
        var rows = requests.RowsUsed().Where(r => r.RowNumber() >= 5 && r.Cell(1).GetString().StartsWith("LQ-", StringComparison.Ordinal)).ToList();
        rows.ShouldNotBeEmpty();
        rows.Count.ShouldBeGreaterThanOrEqualTo(expected.Received);
        rows[0].Cell(6).DataType.ShouldBe(XLDataType.DateTime);
        rows[0].Cell(6).GetDateTime().ShouldBeGreaterThan(new DateTime(2020, 1, 1));
        rows.Where(r => !r.Cell(12).IsEmpty()).ShouldAllBe(r => r.Cell(12).DataType == XLDataType.Number);

        // The sheet is the month as it stood at its end: its rows add up to the summary's figures.
        rows.Count(r => r.Cell(9).GetString() == "是").ShouldBe(expected.Received);
        rows.Count(r => r.Cell(10).GetString() == "是").ShouldBe(expected.Closed);
        rows.Count(r => r.Cell(11).GetString() == "是").ShouldBe(expected.ClosedOnTime);
        summary.Cell(5, 2).Style.NumberFormat.Format.ShouldBe("#,##0"); // a count is an integer, not 31.0
        summary.Cell(4, 2).GetString().ShouldBe(ThisMonth.ToString());
        var definitions = workbook.Worksheet("定义");
        definitions.Column(2).CellsUsed().Select(c => c.GetString()).ShouldContain(d => d.StartsWith("按时率", StringComparison.Ordinal));
        rows.Select(r => r.RowNumber()).ShouldBe(Enumerable.Range(5, rows.Count), "the streamed rows follow the header without gaps");
        rows.ShouldAllBe(r => r.Cell(5).GetString().Contains('*'));
        var total = requests.Cell(rows[^1].RowNumber() + 2, 2);
        total.HasFormula.ShouldBeTrue();
        total.FormulaA1.ShouldStartWith("COUNTA(");
    }

    [Fact]
    public async Task Pdf_InEnglishWhenAsked()
    {
        using var officer = await factory.SignInAsync("officer@demo.liqun");
        var response = await officer.GetAsync($"/reports/monthly.pdf?month={ThisMonth}&lang=en-US", Ct);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        document.GetPage(1).Text.ShouldContain($"Personal-information compliance report {ThisMonth}");
        document.GetPage(2).Text.ShouldContain("Summary for management");
    }

    [Fact]
    public async Task BadMonth_Refused_AndOnlyReportReadersMayDownload()
    {
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        (await manager.GetAsync("/reports/monthly.pdf?month=2026-13", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var supervisor = await factory.SignInAsync("cs@demo.liqun");
        (await supervisor.GetAsync("/reports/monthly.pdf", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        using var anonymous = factory.CreateBrowserLikeClient();
        (await anonymous.GetAsync("/reports/monthly.xlsx", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    /// <summary>The month's figures computed straight from the table, independently of the report service.</summary>
    private async Task<RequestMonth> ExpectedAsync(ReportMonth month)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var facts = (await db.PrivacyRequests.AsNoTracking().Select(r => new { r.Type, r.Status, r.ReceivedAt, r.ClosedAt, r.DueDate }).ToListAsync(Ct))
            .Select(r => new RequestFact(r.Type, r.Status, r.ReceivedAt, r.ClosedAt, r.DueDate)).ToList();
        return RequestStatistics.For(facts, month);
    }
}
