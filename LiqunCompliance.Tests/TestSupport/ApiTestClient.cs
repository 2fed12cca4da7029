using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Features.Admin.ApiClients;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>An intake-API client made as an Administrator makes one, with its key on every call.</summary>
public static class ApiTestClient
{
    public static async Task<HttpClient> CreateApiClientAsync(this ComplianceWebFactory factory, string prefix = "test")
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator);
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>()
            .CreateAsync($"{prefix}-{Guid.NewGuid():N}", ApiClientService.AllScopes, TestContext.Current.CancellationToken);
        created.Result.Succeeded.ShouldBeTrue();
        var client = factory.CreateContractCheckedClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created.Key!);
        return client;
    }
}
