using System.Globalization;

namespace LiqunCompliance.Domain.Common;

/// <summary>
/// Large counts and sums as people read them: in Chinese with 万 and 亿 (1亿, 1000万, 100万, 12.5万), in English with
/// thousands separators (100,000,000). Exact: the digits shown are the number's own, never rounded.
/// </summary>
public static class LargeNumber
{
    public static string Format(decimal value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (!culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.GetCultureInfo("en-US"));
        }

        var magnitude = Math.Abs(value);
        var (unit, divisor) = magnitude >= 100_000_000m ? ("亿", 100_000_000m) : magnitude >= 10_000m ? ("万", 10_000m) : (string.Empty, 1m);
        var scaled = value / divisor;
        return scaled.ToString("0.########", CultureInfo.InvariantCulture) + unit;
    }

    public static string Format(long value, CultureInfo culture) => Format((decimal)value, culture);

    public static string Format(double value, CultureInfo culture) => Format((decimal)value, culture);
}
