namespace LiqunCompliance.Domain.Common;

/// <summary>
/// Masks personal data for lists, logs and the audit trail, as the privacy policy promises:
/// a phone shows its first three and last four digits, an e-mail its first character and domain.
/// </summary>
public static class PersonalDataMask
{
    private const char MaskChar = '*';

    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return string.Empty;
        }

        var digits = phone.Trim();
        if (digits.Length >= 11)
        {
            return string.Concat(digits.AsSpan(0, 3), "****", digits.AsSpan(digits.Length - 4));
        }

        return digits.Length <= 4
            ? new string(MaskChar, digits.Length)
            : string.Concat(new string(MaskChar, digits.Length - 4), digits.AsSpan(digits.Length - 4));
    }

    public static string Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return string.Empty;
        }

        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return Text(trimmed);
        }

        return string.Concat(trimmed.AsSpan(0, 1), "***", trimmed.AsSpan(at));
    }

    /// <summary>Names and other free text: the first character, then one mask per remaining character (at most three).</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var trimmed = value.Trim();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(trimmed);
        enumerator.MoveNext();
        var first = (string)enumerator.Current;
        var rest = Math.Clamp(new System.Globalization.StringInfo(trimmed).LengthInTextElements - 1, 1, 3);
        return first + new string(MaskChar, rest);
    }

    /// <summary>Masks a value whose kind is guessed from its shape: e-mail, phone-like digits, or text.</summary>
    public static string Auto(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        if (value.Contains('@', StringComparison.Ordinal))
        {
            return Email(value);
        }

        return value.Trim().All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ')
            ? Phone(value)
            : Text(value);
    }
}
