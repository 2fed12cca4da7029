namespace LiqunCompliance.Web.Infrastructure;

/// <summary>Configuration section "Demo": demo accounts and data on first run.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>Password of every demo account. Documented default; change it for any shared machine.</summary>
    public string Password { get; set; } = "Liqun#Demo2026";

    /// <summary>Key of the demo API client "demo-app" (created in demo mode only when set).</summary>
    public string? ApiKey { get; set; }
}
