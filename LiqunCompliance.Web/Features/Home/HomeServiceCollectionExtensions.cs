namespace LiqunCompliance.Web.Features.Home;

public static class HomeServiceCollectionExtensions
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services)
    {
        services.AddScoped<HomeSummaryService>();
        return services;
    }
}
