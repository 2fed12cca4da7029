using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// Text bound for a file that a spreadsheet opens. Every writer passes stored text through here, so a character a
/// workbook cannot hold (a control character typed before it was refused) becomes U+FFFD instead of breaking the file.
/// A value that a spreadsheet would evaluate (= + - @ first, unless it is a plain number) stays exactly as it is:
/// in a workbook it is a text cell with Excel's quote-prefix flag (shown and edited as text, never evaluated); in CSV,
/// which has no types, it gets a leading apostrophe (remove the first character to recover the value).
/// </summary>
public static partial class SpreadsheetText
{
    /// <summary>The text as a workbook's text cell holds it: exact, except characters no file can hold.</summary>
    public static string Safe(string? value) => PlainText.Sanitize(value);

    /// <summary>Whether a spreadsheet would take this text, typed or read from CSV, as a formula.</summary>
    public static bool LooksLikeFormula(string? value) =>
        !string.IsNullOrEmpty(value) && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(value);

    /// <summary>Puts text into a workbook cell: a text cell, quote-prefixed when it looks like a formula.</summary>
    public static IXLCell Put(IXLCell cell, string? value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = Safe(value);
        cell.SetValue(text);
        if (LooksLikeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return cell;
    }

    /// <summary>A CSV field's text: a leading apostrophe when a spreadsheet would evaluate it.</summary>
    public static string ForCsv(string? value)
    {
        var text = Safe(value);
        return LooksLikeFormula(text) ? "'" + text : text;
    }

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();
}
