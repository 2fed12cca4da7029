namespace LiqunCompliance.Domain.Common;

/// <summary>
/// Text a person can type: no control characters (a tab or a line break only where the field has several lines) and no
/// broken surrogate pairs. Such characters cannot be shown, and an XML-based file (a workbook, a report) cannot hold them.
/// </summary>
public static class PlainText
{
    public static bool IsClean(string? value, bool multiline = false) => RefusedPositions(value, multiline).Count == 0;

    /// <summary>What is already stored, made fit for a file: every character <see cref="IsClean"/> refuses becomes U+FFFD.</summary>
    public static string Sanitize(string? value, bool multiline = true)
    {
        var refused = RefusedPositions(value, multiline);
        if (refused.Count == 0)
        {
            return value ?? string.Empty;
        }

        var chars = value!.ToCharArray();
        foreach (var i in refused)
        {
            chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    private static List<int> RefusedPositions(string? value, bool multiline)
    {
        var refused = new List<int>();
        for (var i = 0; value is not null && i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            {
                refused.Add(i);
            }
        }

        return refused;
    }
}
