namespace LiqunCompliance.Web.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<MonthlyReportService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<RegulatorPackService>();
        services.AddScoped<ReportSubscriptionService>();
        services.AddOptions<MonthlyReportOptions>().BindConfiguration("Reports");
        services.AddSingleton<MonthlyReportScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<MonthlyReportScheduler>());
        return services;
    }
}
