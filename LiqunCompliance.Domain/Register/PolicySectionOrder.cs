namespace LiqunCompliance.Domain.Register;

/// <summary>
/// Orders policy citations as the policy does: "一.(一)1(3)" before "一.(一)1(10)" before "一.(二)". Every run of digits or
/// of Chinese numerals (一 … 九十九) is one number; the sequence of numbers is compared element by element.
/// </summary>
public sealed class PolicySectionOrder : IComparer<string?>
{
    public static PolicySectionOrder Instance { get; } = new();

    private const string Digits = "零一二三四五六七八九";

    public int Compare(string? x, string? y)
    {
        var a = Key(x);
        var b = Key(y);
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    public static IReadOnlyList<int> Key(string? section)
    {
        var numbers = new List<int>();
        if (string.IsNullOrEmpty(section))
        {
            return numbers;
        }

        var i = 0;
        while (i < section.Length)
        {
            if (char.IsAsciiDigit(section[i]))
            {
                var start = i;
                while (i < section.Length && char.IsAsciiDigit(section[i]))
                {
                    i++;
                }

                numbers.Add(int.Parse(section.AsSpan(start, Math.Min(i - start, 9)), System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (IsChineseNumeral(section[i]))
            {
                var start = i;
                while (i < section.Length && IsChineseNumeral(section[i]))
                {
                    i++;
                }

                numbers.Add(ChineseNumber(section[start..i]));
            }
            else
            {
                i++;
            }
        }

        return numbers;
    }

    private static bool IsChineseNumeral(char c) => c == '十' || Digits.Contains(c, StringComparison.Ordinal);

    /// <summary>一 = 1, 十 = 10, 十七 = 17, 二十 = 20, 二十三 = 23.</summary>
    private static int ChineseNumber(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Aggregate(0, (n, c) => (n * 10) + Digits.IndexOf(c, StringComparison.Ordinal));
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[ten - 1], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[ten + 1], StringComparison.Ordinal);
        return (tens * 10) + units;
    }
}
