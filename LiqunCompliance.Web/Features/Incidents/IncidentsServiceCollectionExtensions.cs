using LiqunCompliance.Web.Features.Register;

namespace LiqunCompliance.Web.Features.Incidents;

public static class IncidentsServiceCollectionExtensions
{
    public static IServiceCollection AddIncidentsFeature(this IServiceCollection services)
    {
        services.AddScoped<IncidentService>();
        services.AddScoped<IncidentSettingsService>();
        services.AddScoped<NoticeService>();
        services.AddSingleton<NoticeMailer>();
        services.AddOptions<NoticeMailOptions>().BindConfiguration("Notices");

        // Incidents show on the register entries they involve; the register does not know incidents.
        services.AddScoped<IRegisterEntryLinks, IncidentRegisterLinks>();
        return services;
    }
}
