using LiqunCompliance.Web.Features.Requests.Api;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Features.Requests.DeadlineRules;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// The requests feature: intake (forms and the API with its key scheme and policies), the queue, the workflow, exports,
/// answer letters, and the working-day calendar and deadline rules that decide its due dates.
/// </summary>
public static class RequestsServiceCollectionExtensions
{
    public static IServiceCollection AddRequestsFeature(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<WorkdayCalendarService>();
        services.AddScoped<DeadlineRuleService>();
        services.AddSingleton<RequesterLookupHasher>();
        services.AddSingleton<RequesterLookupBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<RequesterLookupBackfill>());
        services.AddScoped<RequestIntakeService>();
        services.AddOptions<RequestIntakeOptions>().BindConfiguration(RequestIntakeOptions.Section);
        services.AddScoped<RequestQueryService>();
        services.AddScoped<RequestWorkflowService>();
        services.AddScoped<RequestExportService>();
        services.AddScoped<AnswerLetterService>();

        // The intake API authenticates clients by key and has its own policies.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.Configure<AuthorizationOptions>(options => options.AddApiPolicies());
        services.AddRequestApiDocument();
        services.AddOptions<ApiDocsOptions>().BindConfiguration(ApiDocsOptions.Section);
        return services;
    }
}
