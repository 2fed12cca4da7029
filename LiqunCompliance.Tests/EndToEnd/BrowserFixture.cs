using LiqunCompliance.Tests.TestSupport;
using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>
/// The real portal on Kestrel plus Debian's Chromium driven by Playwright. Without /usr/bin/chromium the
/// tests skip with the reason, unless REQUIRE_BROWSER=1 (CI), where they fail instead.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public ComplianceWebFactory Portal { get; } = new();

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = string.Empty;

    public string? SkipReason { get; private set; }

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium not found at {ChromiumPath}: install Debian's 'chromium' package (set REQUIRE_BROWSER=1 to fail instead of skip).";
            if (BrowserRequired)
            {
                throw new InvalidOperationException(SkipReason);
            }

            return;
        }

        // A save on a busy CI machine (two servers' worth of tests, the browser, PostgreSQL) can take longer than
        // Playwright's default 5 s; waiting longer costs nothing when the page is quick.
        Assertions.SetDefaultExpectTimeout(15_000);
        Portal.UseKestrel(0);
        Portal.StartServer();
        BaseUrl = Portal.ClientOptions.BaseAddress.ToString().TrimEnd('/').Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        Directory.CreateDirectory(ScreenshotFolder);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>Signs in through the login form as a demo account and waits for the home page.</summary>
    public async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", ComplianceWebFactory.DemoPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(BaseUrl + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}
