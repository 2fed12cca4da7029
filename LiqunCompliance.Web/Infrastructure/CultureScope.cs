using System.Globalization;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>Renders something in another language (a letter in English for a Chinese-speaking officer) and restores the caller's culture.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(string culture)
    {
        var target = new CultureInfo(LocalizationExtensions.SupportedCultures.Contains(culture) ? culture : LocalizationExtensions.DefaultCulture);
        CultureInfo.CurrentCulture = target;
        CultureInfo.CurrentUICulture = target;
    }

    public static CultureScope Use(string culture) => new(culture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
