using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>Hands out the PostgreSQL context wherever the portal asks for a <see cref="ComplianceDbContext"/> factory.</summary>
internal sealed class PostgreSqlContextFactory(IDbContextFactory<PostgreSqlComplianceDbContext> inner) : IDbContextFactory<ComplianceDbContext>
{
    public ComplianceDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ComplianceDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
