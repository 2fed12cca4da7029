using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LiqunCompliance.Web.Reports.Pdf;

/// <summary>
/// The one PDF layout every report uses: A4, CJK-aware wrapping, headings, paragraphs, key/value blocks and tables
/// whose header repeats on each page, and a page header and footer ("page 3 / 7") drawn when the document is saved.
/// </summary>
public sealed partial class PdfLayout : IDisposable
{
    private const double Margin = 56;
    private const double HeaderHeight = 28;
    private const double FooterHeight = 32;
    private const double FooterGap = 16;
    private const int MaxFooterLines = 2;

    private readonly PdfDocument _document = new();
    private readonly XFont _body;
    private readonly XFont _small;
    private readonly string _header;
    private readonly string _footer;
    private readonly double _pageWidth;
    private readonly double _pageHeight;
    private XGraphics? _graphics;
    private double _y;

    /// <param name="header">Text at the top of every page.</param>
    /// <param name="footer">Text at the bottom left of every page (page numbers go on the right).</param>
    /// <param name="landscape">A4 landscape, for wide tables such as the third-party sharing list.</param>
    /// <param name="bodySize">Body and table text size in points.</param>
    public PdfLayout(string title, string header, string footer, bool landscape = false, double bodySize = 10.5)
    {
        _pageWidth = XUnit.FromMillimeter(landscape ? 297 : 210).Point;
        _pageHeight = XUnit.FromMillimeter(landscape ? 210 : 297).Point;
        BundledFontResolver.EnsureRegistered();
        _document.Info.Title = title;
        _document.Info.Creator = "LiqunCompliance";
        _header = header;
        _footer = footer;
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        _body = new XFont(BundledFontResolver.FamilyName, bodySize, XFontStyleEx.Regular, options);
        _small = new XFont(BundledFontResolver.FamilyName, 8, XFontStyleEx.Regular, options);
        NewPage();
    }

    /// <summary>The text "page {0} / {1}" in the reader's language.</summary>
    public string PageNumberFormat { get; init; } = "{0} / {1}";

    private double Width => _pageWidth - (2 * Margin);

    private double Bottom => _pageHeight - Margin - FooterHeight;

    /// <summary>Continues on a new page (a second list starts at the top of its own page).</summary>
    public PdfLayout PageBreak()
    {
        NewPage();
        return this;
    }

    public PdfLayout Heading(string text, int level = 1)
    {
        var font = new XFont(BundledFontResolver.FamilyName, level == 1 ? 16 : 12.5, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
        _y += level == 1 ? 6 : 4;
        WriteLines(text, font, Width, 0, XBrushes.Black, spacing: 1.35);
        _y += 4;
        return this;
    }

    public PdfLayout Paragraph(string text, double indent = 0)
    {
        WriteLines(text, _body, Width - indent, indent, XBrushes.Black, spacing: 1.5);
        _y += 6;
        return this;
    }

    public PdfLayout Note(string text)
    {
        WriteLines(text, _small, Width, 0, XBrushes.DimGray, spacing: 1.4);
        _y += 4;
        return this;
    }

    /// <summary>A letter's closing block (company, signatory, seal place, date), set flush right as Chinese business letters set it.</summary>
    public PdfLayout Closing(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _y += 12;
        var lineHeight = _body.Size * 1.6;
        if (_y + (lineHeight * lines.Count) > Bottom)
        {
            NewPage();
        }

        foreach (var line in lines)
        {
            _graphics!.DrawString(line, _body, XBrushes.Black, new XRect(Margin, _y, Width, lineHeight), XStringFormats.TopRight);
            _y += lineHeight;
        }

        return this;
    }

    public PdfLayout KeyValues(IEnumerable<(string Key, string Value)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Table([string.Empty, string.Empty], [.. pairs.Select(p => (IReadOnlyList<string>)[p.Key, p.Value])], [0.28, 0.72], showHeader: false);
    }

    /// <param name="widths">Fractions of the page width, one per column.</param>
    public PdfLayout Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> widths, bool showHeader = true)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(widths);
        var columns = widths.Select(w => w * Width).ToArray();
        if (showHeader)
        {
            DrawRow(headers, columns, header: true);
        }

        foreach (var row in rows)
        {
            var height = RowHeight(row, columns);
            if (_y + height > Bottom)
            {
                NewPage();
                if (showHeader)
                {
                    DrawRow(headers, columns, header: true);
                }
            }

            DrawRow(row, columns, header: false);
        }

        _y += 8;
        return this;
    }

    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _graphics?.Dispose();
        _graphics = null;
        var total = _document.PageCount;
        for (var i = 0; i < total; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            DrawContents(gfx, i);
            var pageWidth = _document.Pages[i].Width.Point;
            var top = Margin - 8;
            gfx.DrawString(_header, _small, XBrushes.DimGray, new XRect(Margin, top - 12, Width, 12), XStringFormats.TopLeft);
            gfx.DrawLine(XPens.LightGray, Margin, top + 4, pageWidth - Margin, top + 4);
            var footerTop = Bottom + 10;
            gfx.DrawLine(XPens.LightGray, Margin, footerTop, pageWidth - Margin, footerTop);
            // The page number keeps its place on the right; the footer text wraps in the width left of it, never under it.
            var pageNumber = string.Format(CultureInfo.InvariantCulture, PageNumberFormat, i + 1, total);
            var numberWidth = gfx.MeasureString(pageNumber, _small).Width;
            gfx.DrawString(pageNumber, _small, XBrushes.DimGray, new XRect(Margin, footerTop + 4, Width, 12), XStringFormats.TopRight);
            var footerWidth = Width - numberWidth - FooterGap;
            var footerY = footerTop + 4;
            foreach (var line in CjkLineBreaker.Wrap(_footer, footerWidth, t => gfx.MeasureString(t, _small).Width).Take(MaxFooterLines))
            {
                gfx.DrawString(line, _small, XBrushes.DimGray, new XRect(Margin, footerY, footerWidth, 10), XStringFormats.TopLeft);
                footerY += 10;
            }
        }

        _document.Save(output, closeStream: false);
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(_pageWidth);
        page.Height = XUnit.FromPoint(_pageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin + HeaderHeight;
    }

    private void WriteLines(string text, XFont font, double width, double indent, XBrush brush, double spacing)
    {
        var lineHeight = font.Size * spacing;
        foreach (var line in CjkLineBreaker.Wrap(text, width, s => MeasureText(_graphics!, s, font)))
        {
            if (_y + lineHeight > Bottom)
            {
                NewPage();
            }

            DrawText(_graphics!, line, font, brush, Margin + indent, _y, width, lineHeight);
            _y += lineHeight;
        }
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] columns) =>
        cells.Select((cell, i) => CjkLineBreaker.Wrap(cell, columns[i] - 8, s => MeasureText(_graphics!, s, _body)).Count).DefaultIfEmpty(1).Max()
        * _body.Size * 1.4 + 8;

    private void DrawRow(IReadOnlyList<string> cells, double[] columns, bool header)
    {
        var height = RowHeight(cells, columns);
        if (_y + height > Bottom)
        {
            NewPage();
        }

        var x = Margin;
        if (header)
        {
            _graphics!.DrawRectangle(XBrushes.WhiteSmoke, Margin, _y, columns.Sum(), height);
        }

        for (var i = 0; i < columns.Length; i++)
        {
            _graphics!.DrawRectangle(XPens.LightGray, x, _y, columns[i], height);
            var lineY = _y + 4;
            foreach (var line in CjkLineBreaker.Wrap(i < cells.Count ? cells[i] : string.Empty, columns[i] - 8, s => MeasureText(_graphics, s, _body)))
            {
                DrawText(_graphics, line, _body, XBrushes.Black, x + 4, lineY, columns[i] - 8, _body.Size * 1.4);
                lineY += _body.Size * 1.4;
            }

            x += columns[i];
        }

        _y += height;
    }
}
