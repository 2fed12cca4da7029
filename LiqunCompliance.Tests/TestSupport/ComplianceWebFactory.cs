using System.Collections.Concurrent;
using System.Security.Claims;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>
/// The real portal on its own SQLite file (real migrations, demo accounts), with every log line captured
/// so tests can check that no personal data is logged.
/// </summary>
public class ComplianceWebFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Liqun#Demo2026";

    /// <summary>The audit seal key of the test portals (fixed, so a test can seal as the portal does; never a key file).</summary>
    public static readonly string SealKey = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("test-seal-key-of-32-bytes-or-more!!"));

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"liqun-test-{Guid.NewGuid():N}.db");

    private readonly string _postgresDatabase = $"liqun_test_{Guid.NewGuid():N}";

    public ConcurrentQueue<string> LogLines { get; } = new();

    /// <summary>This portal's clock (starts at <see cref="TestClock.Start"/>); a test may advance it.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = TestClock.Create();

    /// <summary>Where e-mailed notices land (no SMTP in tests), one folder per factory.</summary>
    public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), $"liqun-pickup-{Guid.NewGuid():N}");

    /// <summary>Where the demo SMS sender writes (privacy-center codes to phones), one folder per factory.</summary>
    public string SmsPickupFolder { get; } = Path.Combine(Path.GetTempPath(), $"liqun-sms-{Guid.NewGuid():N}");

    /// <summary>Another factory whose database this one uses: a second web server on the same database.</summary>
    public ComplianceWebFactory? ShareDatabaseWith { get; init; }

    /// <summary>The SQLite file (and its -wal, -shm and start-up lock beside it); removed when the factory is disposed.</summary>
    public string DatabasePath => _databasePath;

    public string ConnectionString => ShareDatabaseWith?.ConnectionString
        ?? (TestDatabase.IsPostgreSql ? TestDatabase.PostgresDatabase(_postgresDatabase) : $"Data Source={_databasePath}");

    public static bool IsPostgreSql => TestDatabase.IsPostgreSql;

    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (TestDatabase.IsPostgreSql)
        {
            TestDatabase.RequirePostgres();
            builder.UseSetting("Database:Provider", "PostgreSql");
        }

        builder.UseEnvironment(EnvironmentName);
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Compliance", ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Startup:Banner", "false");
        builder.UseSetting("Database:StrictQueries", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Policies:Scheduled", "false");
        builder.UseSetting("Reports:Scheduled", "false");
        builder.UseSetting("Notices:PickupFolder", PickupFolder);
        builder.UseSetting("PrivacyCenter:SmsPickupFolder", SmsPickupFolder);

        // As for sign-in: every test client shares one address, so the privacy center's per-address limit is tested on its own.
        builder.UseSetting("PrivacyCenter:PermitsPerAddress", "100000");
        builder.UseSetting("Audit:SealKey", SealKey);

        // Every test client shares one (absent) address: sign-in throttling and failure padding are tested on their own.
        builder.UseSetting("SignIn:FailuresPerAddress", "100000");
        builder.UseSetting("SignIn:MinimumFailureMilliseconds", "0");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new CapturingLoggerProvider(LogLines)));

        // The portal's clock is the test clock (TestClock): a fixed instant, never the machine's hour or day.
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A DI scope acting as the given roles, for calling feature services directly.</summary>
    /// <remarks>Also switches the calling test to zh-CN, the office's working language, as a request would.</remarks>
    public AsyncServiceScope ScopeAs(string userId, string userName, params string[] roles)
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("zh-CN");
        var scope = Services.CreateAsyncScope();
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, userName) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
        return scope;
    }

    /// <summary>A connection past the portal, for tests that tamper with the database as an attacker would.</summary>
    /// <remarks>Starts the portal first, so the database exists and is migrated whichever test of a class runs first.</remarks>
    public System.Data.Common.DbConnection OpenRawConnection()
    {
        _ = Services;
        return TestDatabase.Open(ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ShareDatabaseWith is null) // else the owner of the database removes it
        {
            if (TestDatabase.IsPostgreSql && TestDatabase.PostgresReachable)
            {
                TestDatabase.DropPostgresDatabase(_postgresDatabase);
            }

            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".startup-lock" })
            {
                File.Delete(_databasePath + suffix);
            }
        }

        foreach (var folder in new[] { PickupFolder, SmsPickupFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The same portal in the Production environment (friendly error page, no developer details),
/// with /__boom throwing so that tests see what a user sees when something fails.
/// </summary>
public class ProductionWebFactory : ComplianceWebFactory
{
    public const string SecretInException = "connection-password-in-exception";

    protected override string EnvironmentName => "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingEndpointFilter>());
    }

    private sealed class ThrowingEndpointFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/__boom", branch => branch.Run(_ => throw new InvalidOperationException(SecretInException)));
            app.Map("/api/__boom", branch => branch.Run(_ => throw new InvalidOperationException(SecretInException)));
        };
    }
}
