namespace LiqunCompliance.Domain.Common;

/// <summary>
/// How operators bill an SMS: a message in UCS-2 (any Chinese character) fits 70 characters in one segment and 67 per
/// segment when it is longer (the rest carries the concatenation header); a message wholly in the GSM 7-bit alphabet
/// fits 160, then 153 per segment (its extension characters count twice).
/// </summary>
public static class SmsLength
{
    public const int UnicodeSingle = 70;
    public const int UnicodePerPart = 67;
    public const int GsmSingle = 160;
    public const int GsmPerPart = 153;

    /// <summary>More segments than this is worth a warning (cost, and handsets that split long messages).</summary>
    public const int WarnAbove = 2;

    private const string GsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string GsmExtension = "^{}\\[~]|€\f";

    /// <summary>The characters as billed: UTF-16 units for UCS-2; for GSM, extension characters count two.</summary>
    public static int Characters(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        return IsGsm(text) ? text.Sum(c => GsmExtension.Contains(c, StringComparison.Ordinal) ? 2 : 1) : text.Length;
    }

    public static bool IsGsm(string? text) => !string.IsNullOrEmpty(text) && text.All(c => GsmBasic.Contains(c, StringComparison.Ordinal) || GsmExtension.Contains(c, StringComparison.Ordinal));

    /// <summary>Segments billed: 0 for no text, 1 up to 70 (160), then ⌈n / 67⌉ (⌈n / 153⌉).</summary>
    public static int Segments(string? text)
    {
        var n = Characters(text);
        if (n == 0)
        {
            return 0;
        }

        var (single, perPart) = IsGsm(text) ? (GsmSingle, GsmPerPart) : (UnicodeSingle, UnicodePerPart);
        return n <= single ? 1 : (n + perPart - 1) / perPart;
    }
}
