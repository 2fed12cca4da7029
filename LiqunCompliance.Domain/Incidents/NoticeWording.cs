using System.Text.RegularExpressions;

namespace LiqunCompliance.Domain.Incidents;

/// <summary>
/// Composing notice text from facts the officer writes in their own words, without doubled words or punctuation:
/// a template's lead-in is dropped when the fact already says it ("可能" + "个人信息可能被…" → "个人信息可能被…") or
/// merged where they meet ("我们已" + "已于…" → "我们已于…"); a fact's own closing mark gives way to the template's.
/// </summary>
public static partial class NoticeWording
{
    /// <summary>The fact as a clause: <paramref name="lead"/> + fact + <paramref name="end"/>, without repeating what the fact already says.</summary>
    public static string Clause(string? fact, string? lead, string? end)
    {
        var text = (fact ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        lead ??= string.Empty;
        if (lead.Length > 0 && !text.Contains(lead.Trim(), StringComparison.Ordinal))
        {
            var overlap = Math.Min(lead.Length, text.Length);
            while (overlap > 0 && !lead.EndsWith(text[..overlap], StringComparison.Ordinal))
            {
                overlap--;
            }

            text = lead + text[overlap..];
        }

        if (!string.IsNullOrEmpty(end))
        {
            text = text.TrimEnd(ClosingMarks) + end;
        }

        return text;
    }

    /// <summary>Where a fact's closing mark meets the template's (。； → ；, 。。 → 。), the template's stays.</summary>
    public static string Tidy(string? text) => DoubledMarks().Replace(text ?? string.Empty, m => m.Value[^1..]);

    /// <summary>Whether the text has a Chinese character (an English notice must not).</summary>
    public static bool ContainsChinese(string? text) => Han().IsMatch(text ?? string.Empty);

    private static readonly char[] ClosingMarks = ['。', '；', '，', '、', '！', '？', '.', ';', ',', ' '];

    [GeneratedRegex("[。；，、！？]{2,}")]
    private static partial Regex DoubledMarks();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|\p{IsCJKSymbolsandPunctuation}|[\uFF01-\uFF5E]")]
    private static partial Regex Han();
}
