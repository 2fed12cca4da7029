namespace LiqunCompliance.Web.Features.Admin;

/// <summary>The administration feature's own services (users, API clients); the settings pages it hosts belong to their features.</summary>
public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdminFeature(this IServiceCollection services)
    {
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<ApiClients.ApiClientService>();
        return services;
    }
}
