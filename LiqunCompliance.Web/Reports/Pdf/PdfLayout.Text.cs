using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LiqunCompliance.Web.Reports.Pdf;

/// <summary>Drawing and measuring a line of text, with the fallback font for the characters the bundled one lacks.</summary>
public sealed partial class PdfLayout
{
    private readonly Dictionary<double, XFont> _fallbacks = [];

    /// <summary>The line split into runs: those the bundled font draws, and those only the fallback font has glyphs for.</summary>
    internal static IReadOnlyList<(string Text, bool Fallback)> Runs(string text)
    {
        var runs = new List<(string, bool)>();
        var run = new StringBuilder();
        var fallback = false;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var needs = Rune.TryGetRuneAt(element, 0, out var rune) && BundledFontResolver.NeedsFallback(rune.Value);
            if (run.Length > 0 && needs != fallback)
            {
                runs.Add((run.ToString(), fallback));
                run.Clear();
            }

            fallback = needs;
            run.Append(element);
        }

        if (run.Length > 0)
        {
            runs.Add((run.ToString(), fallback));
        }

        return runs;
    }

    private XFont FallbackOf(XFont font)
    {
        if (!_fallbacks.TryGetValue(font.Size, out var fallback))
        {
            fallback = new XFont(BundledFontResolver.FallbackFamilyName, font.Size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fallbacks[font.Size] = fallback;
        }

        return fallback;
    }

    private double MeasureText(XGraphics graphics, string text, XFont font)
    {
        var runs = Runs(text);
        return runs.Count == 1 && !runs[0].Fallback
            ? graphics.MeasureString(text, font).Width
            : runs.Sum(r => graphics.MeasureString(r.Text, r.Fallback ? FallbackOf(font) : font).Width);
    }

    private void DrawText(XGraphics graphics, string text, XFont font, XBrush brush, double x, double y, double width, double height)
    {
        var runs = Runs(text);
        if (runs.Count <= 1 && (runs.Count == 0 || !runs[0].Fallback))
        {
            graphics.DrawString(text, font, brush, new XRect(x, y, width, height), XStringFormats.TopLeft);
            return;
        }

        foreach (var (part, fallback) in runs)
        {
            var face = fallback ? FallbackOf(font) : font;
            var partWidth = graphics.MeasureString(part, face).Width;
            graphics.DrawString(part, face, brush, new XRect(x, y, Math.Max(partWidth, 1), height), XStringFormats.TopLeft);
            x += partWidth;
        }
    }
}
