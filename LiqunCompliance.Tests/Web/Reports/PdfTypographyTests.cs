using LiqunCompliance.Web.Reports.Pdf;
using UglyToad.PdfPig;

namespace LiqunCompliance.Tests.Web.Reports;

/// <summary>What every PDF must get right: the footer beside the page number, and characters the bundled font lacks.</summary>
public sealed class PdfTypographyTests
{
    private const string Hash = "4f1c0a9e8b7d6c5b4a39281706f5e4d3c2b1a0918273645f5e4d3c2b1a09182";

    private static byte[] Render(string footer, Action<PdfLayout> body)
    {
        using var pdf = new PdfLayout("测试", "页眉", footer) { PageNumberFormat = "第 {0} 页 / 共 {1} 页" };
        body(pdf);
        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }

    [Fact]
    public void Footer_WithALongHash_NeverOverprintsThePageNumber()
    {
        var bytes = Render($"版本 v2 · 生效日期 未注明 · SHA-256 {Hash}", pdf => pdf.Paragraph("正文"));

        using var document = PdfDocument.Open(bytes);
        var page = document.GetPage(1);
        var footerWords = page.GetWords().Where(w => w.BoundingBox.Bottom < 100).ToList(); // PDF y grows upwards: the footer band
        // The page number starts at its "第"; everything that starts left of it is the footer text, and must end before it.
        var numberLeft = footerWords.Where(w => w.Text == "第").ShouldHaveSingleItem().BoundingBox.Left;
        var others = footerWords.Where(w => w.BoundingBox.Left < numberLeft).ToList();
        others.ShouldContain(w => w.Text.Contains("SHA-256", StringComparison.Ordinal));
        others.ShouldAllBe(w => w.BoundingBox.Right <= numberLeft, "the footer text stays left of the page number");
        // The whole hash is still there, wrapped if need be.
        string.Concat(others.Select(w => w.Text)).ShouldContain(Hash[..20]);
    }

    [Fact]
    public void BundledFont_LacksEmoji_TheFallbackHasThem()
    {
        var bundled = FontCoverage.Read(File.ReadAllBytes(BundledFontPath()));
        bundled.Covers('中').ShouldBeTrue();
        bundled.Covers('A').ShouldBeTrue();
        bundled.Covers(0x1F600).ShouldBeFalse();

        var symbola = SymbolaOrSkip();
        FontCoverage.Read(File.ReadAllBytes(symbola)).Covers(0x1F600).ShouldBeTrue();
    }

    [Fact]
    public void AnEmojiInANickname_IsDrawnWithTheFallbackFont_NotAsAnEmptyBox()
    {
        SymbolaOrSkip();
        var bytes = Render("页脚", pdf => pdf.Paragraph("尊敬的小明😀：您好！").Table(["昵称"], [["小红🌸"]], [1.0]));

        using var document = PdfDocument.Open(bytes);
        var letters = document.GetPage(1).Letters;
        // Two glyphs (😀, 🌸) come from the fallback font; everything else from the bundled one.
        letters.Count(l => l.FontName?.Contains("Symbola", StringComparison.Ordinal) == true).ShouldBe(2);
        letters.First(l => l.Value == "尊").FontName.ShouldNotBeNull().ShouldNotContain("Symbola");
        letters.First(l => l.Value == "红").FontName.ShouldNotBeNull().ShouldNotContain("Symbola");
    }

    private static string SymbolaOrSkip()
    {
        var path = new[] { "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", "/usr/share/fonts/truetype/ancient-scripts/Symbola.ttf" }.FirstOrDefault(File.Exists);
        if (path is null && Environment.GetEnvironmentVariable("REQUIRE_FALLBACK_FONT") == "1")
        {
            throw new InvalidOperationException("REQUIRE_FALLBACK_FONT=1 but Debian's fonts-symbola is not installed.");
        }

        Assert.SkipWhen(path is null, "The fallback font is not installed (apt-get install fonts-symbola); .ci/run installs it.");
        return path!;
    }

    /// <summary>The bundled font as the Web project embeds it (the source file in the repository).</summary>
    private static string BundledFontPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LiqunCompliance.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "LiqunCompliance.Web", "Reports", "Fonts", "wqy-microhei.ttf");
    }
}
