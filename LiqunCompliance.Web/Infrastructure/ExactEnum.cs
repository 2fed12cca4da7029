namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// An enum value from outside (API body, query string) only by its exact name: not a number, not "Access,Deletion"
/// (which Enum.TryParse would combine), not " Access" (which it would trim), not another casing.
/// </summary>
public static class ExactEnum
{
    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        if (value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal))
        {
            result = Enum.Parse<TEnum>(value);
            return true;
        }

        result = default;
        return false;
    }

    public static TEnum? ParseOrNull<TEnum>(string? value)
        where TEnum : struct, Enum => TryParse<TEnum>(value, out var result) ? result : null;
}
