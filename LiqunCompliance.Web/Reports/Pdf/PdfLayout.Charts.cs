using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LiqunCompliance.Web.Reports.Pdf;

/// <summary>Charts, a cover page and a contents page for the shared layout.</summary>
public sealed partial class PdfLayout
{
    private static readonly XColor[] Palette = [XColor.FromArgb(183, 28, 28), XColor.FromArgb(30, 136, 229), XColor.FromArgb(67, 160, 71), XColor.FromArgb(251, 140, 0)];
    private readonly List<(string Text, int Page)> _contents = [];
    private int? _contentsPage;

    /// <summary>A full page with the report's title, subtitle and lines of detail (separated by \n), centred.</summary>
    public PdfLayout Cover(string title, string subtitle, string detail)
    {
        var big = new XFont(BundledFontResolver.FamilyName, 26, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var mid = new XFont(BundledFontResolver.FamilyName, 15, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var top = _pageHeight * 0.32;
        _graphics!.DrawString(title, big, XBrushes.Black, new XRect(Margin, top, Width, 40), XStringFormats.TopCenter);
        _graphics.DrawString(subtitle, mid, XBrushes.DimGray, new XRect(Margin, top + 60, Width, 24), XStringFormats.TopCenter);
        var y = top + 100;
        foreach (var line in (detail ?? string.Empty).Split('\n'))
        {
            // One line each: DrawString does not break lines.
            _graphics.DrawString(line, _small, XBrushes.DimGray, new XRect(Margin, y, Width, 16), XStringFormats.TopCenter);
            y += 16;
        }

        NewPage();
        return this;
    }

    /// <summary>Keeps the current page for the contents, filled in when the document is saved.</summary>
    public PdfLayout ContentsPage()
    {
        _contentsPage = _document.PageCount - 1;
        _graphics!.DrawString(" ", _small, XBrushes.White, Margin, Margin);
        NewPage();
        return this;
    }

    /// <summary>A level-1 heading that is listed in the contents with its page number.</summary>
    /// <param name="keepWith">
    /// The height of what must follow on the same page (a chart, the first rows of a table): when it does not fit below
    /// the heading, the section starts on a new page, so a heading never ends a page alone.
    /// </param>
    public PdfLayout Section(string text, double keepWith = 120)
    {
        if (_y + 40 + keepWith > Bottom)
        {
            NewPage();
        }

        _contents.Add((text, _document.PageCount));
        return Heading(text);
    }

    /// <summary>
    /// A bar chart of labelled values, scaled to the largest: one row per bar (label on the left, bar and value to its
    /// right), so labels never overlap whatever their length or language; a label longer than its column ends with "…".
    /// </summary>
    public PdfLayout BarChart(string title, IReadOnlyList<(string Label, double Value)> bars, double height = 0)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var area = ChartArea(title, Math.Max(height, BarsHeight(bars.Count)), axes: false);
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var labelWidth = area.Width * 0.34;
        var barLeft = area.X + labelWidth + 6;
        var barSpace = area.Right - barLeft - 28;
        _graphics!.DrawLine(XPens.Gray, barLeft, area.Top, barLeft, area.Bottom);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = area.Y + 2 + (i * BarRow);
            var label = Fit(bars[i].Label, labelWidth - 4);
            _graphics!.DrawString(label, _small, XBrushes.DimGray, new XRect(area.X, y + 2, labelWidth - 4, BarRow - 4), XStringFormats.TopRight);
            var w = bars[i].Value / max * barSpace;
            _graphics.DrawRectangle(new XSolidBrush(Palette[0]), barLeft, y + 2, Math.Max(0.5, w), BarRow - 5);
            _graphics.DrawString(bars[i].Value.ToString("0.#", CultureInfo.InvariantCulture), _small, XBrushes.Black, new XRect(barLeft + w + 3, y + 2, 30, BarRow - 4), XStringFormats.TopLeft);
        }

        _y = area.Bottom + 12;
        return this;
    }

    private const double BarRow = 16;

    private static double BarsHeight(int bars) => (Math.Max(1, bars) * BarRow) + 4;

    /// <summary>The page height a bar chart of this many bars takes, title and spacing included (for <see cref="Section"/>'s keepWith).</summary>
    public static double BarChartHeight(int bars) => BarsHeight(bars) + ChartChrome;

    /// <summary>The text cut to fit the width, ending with "…" when cut.</summary>
    private string Fit(string text, double width)
    {
        if (_graphics!.MeasureString(text, _small).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && _graphics.MeasureString(cut + "…", _small).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }

    /// <summary>A line chart of one or more series over the same labels, with a legend.</summary>
    public PdfLayout LineChart(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, double height = 170)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var area = ChartArea(title, height);
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(1).Max());
        var step = labels.Count > 1 ? area.Width / (labels.Count - 1) : area.Width;
        var axisLabels = new List<XRect>();
        for (var i = 0; i < labels.Count; i++)
        {
            _graphics!.DrawString(labels[i], _small, XBrushes.DimGray, new XRect(area.X + (i * step) - 30, area.Bottom + 3, 60, 10), XStringFormats.TopCenter);
            var labelWidth = _graphics.MeasureString(labels[i], _small).Width;
            axisLabels.Add(new XRect(area.X + (i * step) - (labelWidth / 2), area.Bottom + 3, labelWidth, 10));
        }

        var placed = new List<XRect>(axisLabels);
        for (var s = 0; s < series.Count; s++)
        {
            var pen = new XPen(Palette[s % Palette.Length], 1.6);
            var points = series[s].Values.Select((v, i) => new XPoint(area.X + (i * step), area.Bottom - (v / max * (area.Height - 14)))).ToArray();
            if (points.Length > 1)
            {
                _graphics!.DrawLines(pen, points);
            }

            foreach (var (point, value) in points.Zip(series[s].Values))
            {
                _graphics!.DrawEllipse(new XSolidBrush(Palette[s % Palette.Length]), point.X - 2, point.Y - 2, 4, 4);
                // A value label goes above its point, else below, else further up: never over another series' label.
                var text = value.ToString("0.#", CultureInfo.InvariantCulture);
                var width = _graphics.MeasureString(text, _small).Width + 2;
                XRect[] candidates =
                [
                    new(point.X - (width / 2), point.Y - 12, width, 10), new(point.X - (width / 2), point.Y + 3, width, 10),
                    new(point.X - (width / 2), point.Y - 23, width, 10), new(point.X + 4, point.Y - 5, width, 10),
                ];
                var spot = candidates.FirstOrDefault(c => !placed.Any(p => p.IntersectsWith(c)), candidates[0]);
                placed.Add(spot);
                _graphics.DrawString(text, _small, XBrushes.Black, spot, XStringFormats.TopCenter);
            }

            _graphics!.DrawRectangle(new XSolidBrush(Palette[s % Palette.Length]), area.X + (s * 110), area.Bottom + 18, 8, 8);
            _graphics.DrawString(series[s].Name, _small, XBrushes.Black, new XRect(area.X + (s * 110) + 12, area.Bottom + 17, 95, 10), XStringFormats.TopLeft);
        }

        _y = area.Bottom + 36;
        return this;
    }

    /// <summary>A chart's title and spacing around its area.</summary>
    private const double ChartChrome = 50;

    private XRect ChartArea(string title, double height, bool axes = true)
    {
        if (_y + height + ChartChrome > Bottom)
        {
            NewPage();
        }

        Paragraph(title);
        var area = new XRect(Margin + 24, _y + 6, Width - 36, height);
        if (axes)
        {
            _graphics!.DrawLine(XPens.Gray, area.X, area.Bottom, area.Right, area.Bottom);
            _graphics.DrawLine(XPens.Gray, area.X, area.Top, area.X, area.Bottom);
        }

        return area;
    }

    /// <summary>Draws the contents onto the reserved page, with that page's header and footer (called by <see cref="Save"/>).</summary>
    private void DrawContents(XGraphics gfx, int pageIndex)
    {
        if (_contentsPage != pageIndex)
        {
            return;
        }

        var heading = ContentsTitle;
        var font = new XFont(BundledFontResolver.FamilyName, 16, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var y = Margin + HeaderHeight;
        gfx.DrawString(heading, font, XBrushes.Black, new XRect(Margin, y, Width, 24), XStringFormats.TopLeft);
        y += 36;
        foreach (var (text, page) in _contents)
        {
            gfx.DrawString(text, _body, XBrushes.Black, new XRect(Margin, y, Width - 40, 16), XStringFormats.TopLeft);
            gfx.DrawString(page.ToString(CultureInfo.InvariantCulture), _body, XBrushes.Black, new XRect(Margin, y, Width, 16), XStringFormats.TopRight);
            gfx.DrawLine(XPens.LightGray, Margin, y + 16, Margin + Width, y + 16);
            y += 22;
        }
    }

    /// <summary>The title of the contents page, in the reader's language.</summary>
    public string ContentsTitle { get; init; } = "Contents";
}
