using LiqunCompliance.Web.Features.Admin;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Home;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Features.Policies;
using LiqunCompliance.Web.Features.PrivacyCenter;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Features.Reports;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Features.Search;
using MudBlazor.Services;

namespace LiqunCompliance.Web.Infrastructure;

internal static class UiServiceExtensions
{
    public static IServiceCollection AddComplianceUi(this IServiceCollection services)
    {
        // A policy revision is edited as one text of up to 200,000 characters: the 32 KB default message size would
        // drop the circuit as soon as an officer typed into a full-length policy.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 2 * 1024 * 1024);
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, MudBlazorText>();
        services.AddScoped<UiPreferences>();
        return services;
    }

    /// <summary>Each feature registers its own services; this only lists the features.</summary>
    public static IServiceCollection AddComplianceFeatures(this IServiceCollection services)
    {
        services.AddSingleton<Jobs.InstanceIdentity>();
        services.AddScoped<Jobs.JobLeaseService>();
        return services
            .AddAuditFeature()
            .AddAdminFeature()
            .AddHomeFeature()
            .AddRequestsFeature()
            .AddRegisterFeature()
            .AddPoliciesFeature()
            .AddIncidentsFeature()
            .AddReportsFeature()
            .AddSearchFeature()
            .AddPrivacyCenterFeature();
    }
}
