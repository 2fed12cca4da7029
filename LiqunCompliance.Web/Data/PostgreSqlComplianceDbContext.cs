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
