namespace LiqunCompliance.Web.Features.Search;

/// <summary>The quick search in the app bar.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddScoped<QuickSearchService>();
        return services;
    }
}
