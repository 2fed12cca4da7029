using LiqunCompliance.Web.Data.Interceptors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// Reports a stuck write path: the audit chain held by one save for longer than a save can take
/// (<c>Database:WritePathStuckSeconds</c>, default 30 s). A database that answers is not enough to call the portal healthy
/// when no write can get through.
/// </summary>
internal sealed class WritePathHealthCheck(AuditChainLock chainLock, IConfiguration configuration) : IHealthCheck
{
    public const string Name = "write-path";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var threshold = TimeSpan.FromSeconds(configuration.GetValue("Database:WritePathStuckSeconds", 30.0));
        var held = chainLock.HeldFor;
        var data = new Dictionary<string, object> { ["heldSeconds"] = Math.Round(held.TotalSeconds, 1), ["thresholdSeconds"] = threshold.TotalSeconds };
        return Task.FromResult(held > threshold
            ? HealthCheckResult.Unhealthy($"The audit chain has been held by one save for {held.TotalSeconds:0} s: writes are stuck.", data: data)
            : HealthCheckResult.Healthy("Writes get through.", data));
    }
}
