using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>
/// Streams many data rows into one sheet of a workbook that ClosedXML laid out with those rows left empty (title, headers,
/// column formats, filter, totals formulas). ClosedXML keeps every cell as an object, which made a 48,000-row month cost
/// 2.5–3 s and up to 400 MB; the Open XML SDK's writer emits the rows one by one. Strings are written inline; each cell
/// takes its column's style, so the dates and numbers get the formats ClosedXML gave the columns.
/// </summary>
public static class StreamedSheetRows
{
    /// <param name="workbook">A seekable, writable stream holding the saved workbook; rewritten in place.</param>
    /// <param name="firstRow">The 1-based row of the first data row; the sheet's existing rows from there on move below the data.</param>
    public static void Insert(Stream workbook, string sheetName, int firstRow, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var book = document.WorkbookPart ?? throw new InvalidOperationException("The workbook has no workbook part.");
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var oldPart = (WorksheetPart)book.GetPartById(sheet.Id!);
        var layout = oldPart.Worksheet; // small: only the rows ClosedXML wrote around the empty data block
        var styles = ColumnStyles(layout);
        var newPart = book.AddNewPart<WorksheetPart>();
        var written = 0;
        var width = 1;
        using (var writer = OpenXmlWriter.Create(newPart))
        {
            writer.WriteStartElement(new Worksheet());
            foreach (var child in layout.ChildElements)
            {
                if (child is SheetDimension)
                {
                    continue; // optional, and ClosedXML's value predates the rows streamed here
                }

                if (child is not SheetData data)
                {
                    writer.WriteElement(child);
                    continue;
                }

                writer.WriteStartElement(new SheetData());
                var existing = data.Elements<Row>().ToList();
                foreach (var row in existing.Where(r => r.RowIndex!.Value < firstRow))
                {
                    writer.WriteElement(row);
                }

                foreach (var values in rows)
                {
                    WriteRow(writer, (uint)(firstRow + written), values, styles);
                    width = Math.Max(width, values.Length);
                    written++;
                }

                foreach (var row in existing.Where(r => r.RowIndex!.Value >= firstRow))
                {
                    writer.WriteElement(row);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        sheet.Id = book.GetIdOfPart(newPart);
        book.DeletePart(oldPart);
        book.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, object?[] values, IReadOnlyDictionary<int, uint> styles)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is not { } value)
            {
                continue;
            }

            var cell = new Cell { CellReference = $"{ColumnLetter(c + 1)}{index}" };
            if (styles.TryGetValue(c + 1, out var style))
            {
                cell.StyleIndex = style;
            }

            switch (value)
            {
                case string text:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(Infrastructure.SpreadsheetText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                case DateTime moment:
                    cell.CellValue = new CellValue(moment.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case IConvertible number:
                    cell.CellValue = new CellValue(number.ToDouble(System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.", nameof(values));
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>The style each column carries (&lt;col style=…&gt;), which a cell must name itself to get.</summary>
    private static Dictionary<int, uint> ColumnStyles(Worksheet worksheet)
    {
        var styles = new Dictionary<int, uint>();
        foreach (var column in worksheet.Elements<Columns>().SelectMany(c => c.Elements<Column>()))
        {
            if (column.Style?.Value is not { } style)
            {
                continue;
            }

            for (var i = (int)column.Min!.Value; i <= (int)column.Max!.Value; i++)
            {
                styles[i] = style;
            }
        }

        return styles;
    }

    private static string ColumnLetter(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }
}
