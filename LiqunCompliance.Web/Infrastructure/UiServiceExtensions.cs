using LiqunCompliance.Web.Features.Admin;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Home;
using MudBlazor.Services;

namespace LiqunCompliance.Web.Infrastructure;

internal static class UiServiceExtensions
{
    public static IServiceCollection AddComplianceUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<UiPreferences>();
        return services;
    }

    public static IServiceCollection AddComplianceFeatures(this IServiceCollection services)
    {
        services.AddScoped<AuditEventRecorder>();
        services.AddScoped<AuditTrailService>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<HomeSummaryService>();
        return services;
    }
}
