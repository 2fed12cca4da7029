using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Data.Interceptors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LiqunCompliance.Web.Infrastructure;

internal static class DatabaseServiceExtensions
{
    public const string ConnectionStringName = "Compliance";

    public static IServiceCollection AddComplianceDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionStringName}' is not configured.");
        var provider = DatabaseProviders.Parse(configuration["Database:Provider"]);
        var strictQueries = configuration.GetValue<bool>("Database:StrictQueries"); // read once, not per DbContext

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        // A save waits at most this long for the audit chain, then fails with a clear message instead of hanging.
        var writeWait = TimeSpan.FromSeconds(configuration.GetValue("Database:WriteWaitSeconds", AuditChainLock.DefaultWaitLimit.TotalSeconds));
        services.AddSingleton(_ => new AuditChainLock(writeWait));
        services.AddSingleton<ReferenceAllocator>();
        services.AddSingleton<AuditSealKey>();
        services.AddScoped<AuditSaveChangesInterceptor>();

        // Scoped factory: each operation gets a fresh DbContext, and the audit interceptor sees this scope's user.
        if (provider == DatabaseProviders.PostgreSql)
        {
            services.AddDbContextFactory<PostgreSqlComplianceDbContext>(
                (sp, options) => Common(sp, options.UseNpgsql(configured), strictQueries), ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<ComplianceDbContext>, PostgreSqlContextFactory>();
            services.AddScoped<ComplianceDbContext>(sp => sp.GetRequiredService<PostgreSqlComplianceDbContext>());
        }
        else
        {
            var connectionString = ResolveSqlitePath(configured, environment.ContentRootPath);
            var memoryMap = new SqliteMemoryMapInterceptor(
                Math.Max(0, configuration.GetValue("Database:SqliteMemoryMapMegabytes", SqliteMemoryMapInterceptor.DefaultMegabytes)) * 1024L * 1024L);
            services.AddDbContextFactory<ComplianceDbContext>(
                (sp, options) => Common(sp, options.UseSqlite(connectionString).AddInterceptors(memoryMap), strictQueries), ServiceLifetime.Scoped);
        }

        // Keys in the shared database: every instance reads the same key ring, so cookies and antiforgery tokens work on all of them.
        services.AddDataProtection()
            .SetApplicationName("LiqunCompliance")
            .PersistKeysToDbContext<ComplianceDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration, environment);

        return services;
    }

    private static readonly PlainTextGuardInterceptor PlainTextGuard = new();

    private static void Common(IServiceProvider provider, DbContextOptionsBuilder options, bool strictQueries)
    {
        options
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>()
            .AddInterceptors(PlainTextGuard, provider.GetRequiredService<AuditSaveChangesInterceptor>())
            // PrivacyRequestConfiguration needs the protector, so the assembly scan skips it and OnModelCreating applies it.
            .ConfigureWarnings(w => w.Ignore(CoreEventId.SkippedEntityTypeConfigurationWarning));
        if (strictQueries)
        {
            // The tests turn EF's warnings about queries whose results are unordered or cartesian into errors, so none ships.
            options.ConfigureWarnings(w => w.Throw(
                CoreEventId.FirstWithoutOrderByAndFilterWarning,
                CoreEventId.RowLimitingOperationWithoutOrderByWarning,
                RelationalEventId.MultipleCollectionIncludeWarning));
        }
    }

    /// <summary>A relative SQLite file is placed under the content root, whatever the working directory.</summary>
    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || dataSource.Length == 0 || dataSource == ":memory:")
        {
            return connectionString;
        }

        if (!Path.IsPathRooted(dataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
