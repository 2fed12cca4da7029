namespace LiqunCompliance.Web.Infrastructure;

/// <summary>The user's display choices that survive a reload (cookies), read once per circuit.</summary>
public sealed class UiPreferences
{
    public const string ThemeCookieName = "LiqunCompliance.Theme";

    public bool IsDarkMode { get; set; }

    public static bool IsDark(string? cookieValue) => string.Equals(cookieValue, "dark", StringComparison.Ordinal);
}
