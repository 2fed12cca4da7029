using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Data.Interceptors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Infrastructure;

internal static class DatabaseServiceExtensions
{
    public const string ConnectionStringName = "Compliance";

    public static IServiceCollection AddComplianceDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ResolveSqlitePath(
            configuration.GetConnectionString(ConnectionStringName)
                ?? throw new InvalidOperationException($"Connection string '{ConnectionStringName}' is not configured."),
            environment.ContentRootPath);

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditSaveChangesInterceptor>();

        // Scoped factory: each operation gets a fresh DbContext, and the audit interceptor sees this scope's user.
        services.AddDbContextFactory<ComplianceDbContext>(
            (provider, options) => options
                .UseSqlite(connectionString)
                .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>()
                .AddInterceptors(provider.GetRequiredService<AuditSaveChangesInterceptor>()),
            ServiceLifetime.Scoped);

        services.AddDataProtection()
            .SetApplicationName("LiqunCompliance")
            .PersistKeysToDbContext<ComplianceDbContext>();

        return services;
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
