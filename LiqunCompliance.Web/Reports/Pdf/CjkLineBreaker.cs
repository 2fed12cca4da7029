using System.Globalization;

namespace LiqunCompliance.Web.Reports.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: after any CJK character, or at a space between Latin words; never starting a
/// line with closing punctuation (，。；：）」 and the like), which stays at the end of the previous line, and never ending
/// one with opening punctuation (（“《 and the like), which moves to the next. A word wider than the line (a permission
/// name such as ACCESS_FINE_LOCATION in a narrow cell, a hash) is cut where it must, so it never runs out of its cell.
/// </summary>
public static class CjkLineBreaker
{
    private const string NoLineStart = "，。、；：？！）》」』】〉〕”’%,.;:?!)]}…·";
    private const string NoLineEnd = "（《「『【〈〔“‘([{";

    public static IReadOnlyList<string> Wrap(string text, double maxWidth, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        // Stored text may predate the refusal of control characters: they print as U+FFFD, never break the page.
        var clean = LiqunCompliance.Domain.Common.PlainText.Sanitize(text).Replace("\t", " ", StringComparison.Ordinal);
        foreach (var paragraph in clean.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(paragraph, maxWidth, measure, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        if (paragraph.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        var line = string.Empty;
        foreach (var token in Tokens(paragraph).SelectMany(t => measure(t.TrimEnd()) > maxWidth ? Cut(t, maxWidth, measure) : [t]))
        {
            var candidate = line + token;
            if (line.Length == 0 || measure(candidate.TrimEnd()) <= maxWidth || IsNoLineStart(token))
            {
                line = candidate;
                continue;
            }

            // An opening bracket or quote goes down with what it opens.
            var carried = string.Empty;
            while (line.Length > 1 && NoLineEnd.Contains(line[^1], StringComparison.Ordinal))
            {
                carried = line[^1] + carried;
                line = line[..^1];
            }

            lines.Add(line.TrimEnd());
            line = carried + token.TrimStart();
        }

        if (line.Length > 0)
        {
            lines.Add(line.TrimEnd());
        }
    }

    /// <summary>Cuts a word wider than the line into pieces that fit, by text element (a surrogate pair or emoji stays whole).</summary>
    internal static IEnumerable<string> Cut(string word, double maxWidth, Func<string, double> measure)
    {
        var piece = new System.Text.StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(word);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            if (piece.Length > 0 && measure((piece + element).TrimEnd()) > maxWidth)
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(element);
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    /// <summary>Units that may not be split: one CJK character, one punctuation mark, or a Latin word with its trailing space.</summary>
    internal static IEnumerable<string> Tokens(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        var word = new System.Text.StringBuilder();
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            if (IsCjk(element) || IsNoLineStart(element) || IsNoLineEnd(element))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                yield return element;
            }
            else if (element == " ")
            {
                word.Append(' ');
                yield return word.ToString();
                word.Clear();
            }
            else
            {
                word.Append(element);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsNoLineEnd(string token) => token.Length == 1 && NoLineEnd.Contains(token[0], StringComparison.Ordinal);

    private static bool IsNoLineStart(string token) => token.Length == 1 && NoLineStart.Contains(token[0], StringComparison.Ordinal);

    private static bool IsCjk(string element)
    {
        var c = char.ConvertToUtf32(element, 0);
        return c is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x2FFFF);
    }
}
