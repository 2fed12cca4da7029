namespace LiqunCompliance.Web.Features.Policies;

public static class PoliciesServiceCollectionExtensions
{
    public static IServiceCollection AddPoliciesFeature(this IServiceCollection services)
    {
        services.AddScoped<PolicyRevisionService>();
        services.AddScoped<PolicyDraftCopies>();
        services.AddScoped<PublicPolicyService>();
        services.AddScoped<PolicyPublisher>();
        services.AddOptions<PolicyPublishingOptions>().BindConfiguration("Policies");
        services.AddSingleton<ScheduledPolicyPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPolicyPublisher>());
        return services;
    }
}
