using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// The model holds the Data Protection converter, so it is cached per protection provider: two hosts in one
/// process (tests, tools) never encrypt with each other's keys.
/// </summary>
internal sealed class ProtectorAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is ComplianceDbContext compliance
            ? (context.GetType(), compliance.ProtectionProvider, designTime)
            : (context.GetType(), designTime);
}
