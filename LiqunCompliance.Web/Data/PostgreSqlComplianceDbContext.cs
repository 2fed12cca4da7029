using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// The same model on PostgreSQL; a type of its own only so that its migrations (<c>Data/Migrations/PostgreSql</c>) are kept apart.
/// Add one through the app's own host, so Identity's options shape the model as at run time:
/// <c>dotnet ef migrations add X --context PostgreSqlComplianceDbContext --project LiqunCompliance.Web --output-dir Data/Migrations/PostgreSql -- --Database:Provider PostgreSql --ConnectionStrings:Compliance "Host=localhost"</c>
/// </summary>
public sealed class PostgreSqlComplianceDbContext(DbContextOptions<PostgreSqlComplianceDbContext> options, IDataProtectionProvider protectionProvider)
    : ComplianceDbContext(options, protectionProvider);

/// <summary>Hands out the PostgreSQL context wherever the portal asks for a <see cref="ComplianceDbContext"/> factory.</summary>
internal sealed class PostgreSqlContextFactory(IDbContextFactory<PostgreSqlComplianceDbContext> inner) : IDbContextFactory<ComplianceDbContext>
{
    public ComplianceDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ComplianceDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
