using System.Globalization;
using ClosedXML.Excel;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Reports.Pdf;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>
/// The two lists as a formatted workbook (one sheet per list, ClosedXML) and as a PDF (the shared layout, landscape),
/// each stating the list's version, publication date and hash, or that it is an unpublished draft.
/// </summary>
public static class RegisterListExport
{
    public static void WriteExcel(RegisterListSnapshot snapshot, IStringLocalizer<SharedResource> text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook(XLEventTracking.Disabled);
        foreach (var kind in Enum.GetValues<RegisterListKind>())
        {
            var table = RegisterListTables.Build(kind, snapshot, text);
            var sheet = workbook.Worksheets.Add(kind == RegisterListKind.Collection ? text["Register.Lists.SheetCollection"] : text["Register.Lists.SheetSharing"]);
            SpreadsheetText.Put(sheet.Cell(1, 1), table.Title);
            sheet.Cell(1, 1).Style.Font.Bold = true;
            sheet.Cell(1, 1).Style.Font.FontSize = 14;
            SpreadsheetText.Put(sheet.Cell(2, 1), Stamp(snapshot, text));
            sheet.Cell(2, 1).Style.Font.FontColor = XLColor.Gray;
            for (var c = 0; c < table.Headers.Count; c++)
            {
                var cell = sheet.Cell(4, c + 1);
                SpreadsheetText.Put(cell, table.Headers[c]);
                cell.Style.Font.Bold = true;
                cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
            }

            var r = 5;
            foreach (var (heading, row) in table.RowsWithHeadings())
            {
                if (heading is not null)
                {
                    SpreadsheetText.Put(sheet.Cell(r, 1), heading);
                    sheet.Range(r, 1, r, table.Headers.Count).Merge().Style.Font.Bold = true;
                    sheet.Range(r, 1, r, table.Headers.Count).Style.Fill.BackgroundColor = XLColor.FromHtml("#F3F5F9");
                    r++;
                }

                for (var c = 0; c < table.Headers.Count; c++)
                {
                    // Every value goes in as text: a partner named "=HYPERLINK(...)" stays that text, never a formula.
                    SpreadsheetText.Put(sheet.Cell(r, c + 1), row[c]);
                }

                r++;
            }

            var range = sheet.Range(4, 1, Math.Max(4, r - 1), table.Headers.Count);
            range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            for (var c = 0; c < table.Widths.Count; c++)
            {
                // ClosedXML's AdjustToContents needs libgdiplus on Linux: widths come from the table's proportions.
                sheet.Column(c + 1).Width = Math.Round(table.Widths[c] * (kind == RegisterListKind.Collection ? 9 : 8), 1);
            }

            sheet.SheetView.FreezeRows(4);
            sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
            sheet.PageSetup.SetRowsToRepeatAtTop(4, 4);
        }

        workbook.SaveAs(output);
    }

    public static void WritePdf(RegisterListSnapshot snapshot, IStringLocalizer<SharedResource> text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var stamp = Stamp(snapshot, text);
        using var pdf = new PdfLayout(text["Register.Lists.Title"], text["Register.Lists.PdfHeader"], stamp, landscape: true, bodySize: 8.5)
        {
            PageNumberFormat = text["Letters.PageNumber"],
        };
        var first = true;
        foreach (var kind in Enum.GetValues<RegisterListKind>())
        {
            var table = RegisterListTables.Build(kind, snapshot, text);
            if (!first)
            {
                pdf.PageBreak();
            }

            first = false;
            var total = table.Widths.Sum();
            pdf.Heading(table.Title).Note(stamp);
            if (table.Groups is null)
            {
                pdf.Table(table.Headers, table.Rows, [.. table.Widths.Select(w => w / total)]);
                continue;
            }

            foreach (var group in table.RowsWithHeadings().Select((x, i) => (x.Heading, Index: i)).Where(x => x.Heading is not null).ToList())
            {
                var rows = table.Rows.Skip(group.Index).TakeWhile((_, k) => k == 0 || table.Groups[group.Index + k] == table.Groups[group.Index]).ToList();
                pdf.Heading(group.Heading!, 2).Table(table.Headers, rows, [.. table.Widths.Select(w => w / total)]);
            }
        }

        pdf.Save(output);
    }

    /// <summary>"Version 3 · published 2026-11-24 10:00 · SHA-256 …" or "Draft, not published".</summary>
    public static string Stamp(RegisterListSnapshot snapshot, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        return snapshot.Number is { } number
            ? text["Register.Lists.Stamp", number, ChinaTime.ToShanghai(snapshot.PublishedAt!.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), snapshot.ContentHash ?? string.Empty]
            : text["Register.Lists.DraftStamp"];
    }

    public static string FileName(RegisterListSnapshot snapshot, string extension)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Number is { } number ? $"liqun-pi-lists-v{number}.{extension}" : $"liqun-pi-lists-draft.{extension}";
    }
}
