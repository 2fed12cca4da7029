namespace LiqunCompliance.Web.Features.Audit;

/// <summary>The audit feature's services: recording events, the trail, verification and published heads.</summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddScoped<AuditEventRecorder>();
        services.AddScoped<AuditTrailService>();
        services.AddScoped<AuditRecordText>();
        services.AddScoped<AuditHeadPublisher>();
        return services;
    }
}
