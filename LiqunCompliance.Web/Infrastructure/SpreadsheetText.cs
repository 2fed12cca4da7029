namespace LiqunCompliance.Web.Infrastructure;

/// <summary>Text bound for a spreadsheet cell: a leading =, +, - or @ is neutralised so no cell becomes a formula.</summary>
public static class SpreadsheetText
{
    public static string Safe(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
