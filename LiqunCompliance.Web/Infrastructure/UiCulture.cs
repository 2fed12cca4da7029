using System.Globalization;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>Texts stored in both languages (catalogue names, document titles): the one for the current UI culture.</summary>
public static class UiCulture
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string Pick(string chinese, string english) => IsEnglish ? english : chinese;
}
