namespace LiqunCompliance.Web.Features.Register;

public static class RegisterServiceCollectionExtensions
{
    public static IServiceCollection AddRegisterFeature(this IServiceCollection services)
    {
        services.AddScoped<RegisterService>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<PublishedListService>();
        return services;
    }
}
