using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace LiqunCompliance.Web.Components.Layout;

public partial class MainLayout
{
    private static readonly string[] FontStack =
        ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", "Roboto", "Arial", "sans-serif"];

    private static readonly MudTheme Theme = new()
    {
        // Status colours dark enough for white text on chips and for coloured text on white (WCAG AA, 4.5:1); MudBlazor's
        // defaults (#ff9800, #2196f3, #4caf50, #f44336) are 2.1–3.7:1.
        PaletteLight = new PaletteLight
        {
            Primary = "#b71c1c", AppbarBackground = "#b71c1c", Secondary = "#455a64",
            Warning = "#a84b00", Info = "#1565c0", Success = "#2e7d32", Error = "#c62828",
        },
        // Dark mode: light tones, so they read as text on the dark background, with dark text on filled chips and
        // buttons (white on these tones fails 4.5:1).
        PaletteDark = new PaletteDark
        {
            Primary = "#ef9a9a", PrimaryContrastText = DarkText, Secondary = "#90a4ae", SecondaryContrastText = DarkText,
            Warning = "#ffb74d", WarningContrastText = DarkText, Info = "#90caf9", InfoContrastText = DarkText,
            Success = "#81c784", SuccessContrastText = DarkText, Error = "#ef9a9a", ErrorContrastText = DarkText,
            TextSecondary = "rgba(255,255,255,0.72)",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = FontStack } },
    };

    private const string DarkText = "rgba(0,0,0,0.87)";

    private bool _drawerOpen = true;
    private bool _isDarkMode;

    [Inject]
    private UiPreferences Preferences { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override void OnInitialized() => _isDarkMode = Preferences.IsDarkMode;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task ToggleThemeAsync()
    {
        _isDarkMode = !_isDarkMode;
        Preferences.IsDarkMode = _isDarkMode;
        await JS.InvokeVoidAsync("liqunPreferences.setTheme", _isDarkMode);
    }

    private string CultureLink(string culture)
    {
        var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        return $"/culture/set?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(here)}";
    }
}
