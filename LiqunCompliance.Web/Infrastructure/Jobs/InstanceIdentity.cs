namespace LiqunCompliance.Web.Infrastructure.Jobs;

/// <summary>This process's name as a lease holder: <c>Instance:Name</c>, or machine, process id and a random suffix.</summary>
public sealed class InstanceIdentity(IConfiguration configuration)
{
    public string Name { get; } = configuration["Instance:Name"] is { Length: > 0 } name
        ? name
        : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
