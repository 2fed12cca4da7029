using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

using LiqunCompliance.Web.Features.Requests.Api;

namespace LiqunCompliance.Web.Features.Admin.ApiClients;

public sealed record ApiClientSummary(Guid Id, string Name, string KeyPrefix, IReadOnlyList<string> Scopes, bool Enabled, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

/// <summary>The result of creating a client: the key, shown this once and never again.</summary>
public sealed record CreatedApiClient(OperationResult Result, string? Key);

/// <summary>The Administrator's API clients (the app, H5, the customer-service system): create, enable, disable.</summary>
public sealed class ApiClientService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    public static IReadOnlyList<string> AllScopes { get; } = [ApiClient.ScopeRequestsWrite, ApiClient.ScopeRequestsRead];

    public async Task<IReadOnlyList<ApiClientSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageSettings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var clients = await db.ApiClients.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return clients.Select(c => new ApiClientSummary(c.Id, c.Name, c.KeyPrefix, c.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), c.Enabled, c.CreatedAt, c.LastUsedAt)).ToList();
    }

    public async Task<CreatedApiClient> CreateAsync(string? name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        await guard.DemandAsync(AccessPolicies.ManageSettings);
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 100)
        {
            return new CreatedApiClient(OperationResult.Failed(text["ApiClients.Error.Name"]), null);
        }

        if (scopes.Count == 0 || scopes.Any(s => !AllScopes.Contains(s)))
        {
            return new CreatedApiClient(OperationResult.Failed(text["ApiClients.Error.Scopes"]), null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ApiClients.AnyAsync(c => c.Name == trimmed, cancellationToken))
        {
            return new CreatedApiClient(OperationResult.Failed(text["ApiClients.Error.Duplicate"]), null);
        }

        var key = ApiKeys.Generate();
        db.ApiClients.Add(Create(trimmed, key, scopes, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return new CreatedApiClient(OperationResult.Failed(message), null);
        }

        return new CreatedApiClient(OperationResult.Success, key);
    }

    public async Task<OperationResult> SetEnabledAsync(Guid id, bool enabled, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageSettings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var client = await db.ApiClients.FindAsync([id], cancellationToken);
        if (client is null)
        {
            return OperationResult.Failed(text["ApiClients.Error.NotFound"]);
        }

        client.Enabled = enabled;
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    /// <summary>Development only: the demo client whose key comes from configuration (Demo:ApiKey).</summary>
    public static async Task SeedDemoClientAsync(ComplianceDbContext db, string key, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key) || await db.ApiClients.AnyAsync(c => c.Name == "demo-app", cancellationToken))
        {
            return;
        }

        db.ApiClients.Add(Create("demo-app", key, AllScopes, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ApiClient Create(string name, string key, IEnumerable<string> scopes, DateTimeOffset now) => new()
    {
        Name = name,
        KeyPrefix = ApiKeys.Prefix(key),
        KeyHash = ApiKeys.Hash(key),
        Scopes = string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal)),
        Enabled = true,
        CreatedAt = now,
    };
}
