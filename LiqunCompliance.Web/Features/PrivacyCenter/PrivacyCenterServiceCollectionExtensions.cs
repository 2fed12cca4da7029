namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>The public privacy center: the request form, one-time codes by e-mail or SMS, tracking, and its rate limits.</summary>
public static class PrivacyCenterServiceCollectionExtensions
{
    public static IServiceCollection AddPrivacyCenterFeature(this IServiceCollection services)
    {
        services.AddOptions<PrivacyCenterOptions>().BindConfiguration(PrivacyCenterOptions.Section);
        services.AddSingleton<ISmsSender, PickupSmsSender>();
        services.AddScoped<CodeDelivery>();
        services.AddScoped<PrivacyCenterService>();
        services.AddScoped<PrivacyCenterTopics>();
        services.AddSingleton<TrackingPass>();
        services.AddPrivacyCenterRateLimits();
        return services;
    }
}
