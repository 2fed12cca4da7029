using LiqunCompliance.Web.Features.Admin;
using LiqunCompliance.Web.Features.Admin.Calendar;
using LiqunCompliance.Web.Features.Admin.DeadlineRules;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Home;
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
        services.AddScoped<UiPreferences>();
        return services;
    }

    public static IServiceCollection AddComplianceFeatures(this IServiceCollection services)
    {
        services.AddScoped<AuditEventRecorder>();
        services.AddScoped<AuditTrailService>();
        services.AddScoped<AuditHeadPublisher>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<HomeSummaryService>();
        services.AddMemoryCache();
        services.AddScoped<WorkdayCalendarService>();
        services.AddScoped<DeadlineRuleService>();
        services.AddSingleton<AccountLookupHasher>();
        services.AddScoped<RequestIntakeService>();
        services.AddOptions<RequestIntakeOptions>().BindConfiguration(RequestIntakeOptions.Section);
        services.AddScoped<RequestQueryService>();
        services.AddScoped<RequestWorkflowService>();
        services.AddScoped<RequestExportService>();
        services.AddScoped<AnswerLetterService>();
        services.AddScoped<Features.Admin.ApiClients.ApiClientService>();
        services.AddScoped<Features.Register.RegisterService>();
        services.AddScoped<Features.Register.CatalogueService>();
        services.AddScoped<Features.Register.PublishedListService>();
        services.AddScoped<Features.Policies.PolicyRevisionService>();
        services.AddScoped<Features.Incidents.IncidentService>();
        services.AddScoped<Features.Reports.MonthlyReportService>();
        services.AddScoped<Features.Reports.DashboardService>();
        services.AddScoped<Features.Reports.RegulatorPackService>();
        services.AddScoped<Features.Reports.ReportSubscriptionService>();
        services.AddOptions<Features.Reports.MonthlyReportOptions>().BindConfiguration("Reports");
        services.AddSingleton<Jobs.InstanceIdentity>();
        services.AddScoped<Jobs.JobLeaseService>();
        services.AddSingleton<Features.Reports.MonthlyReportScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Reports.MonthlyReportScheduler>());
        services.AddScoped<Features.Incidents.IncidentSettingsService>();
        services.AddScoped<Features.Incidents.NoticeService>();
        services.AddSingleton<Features.Incidents.NoticeMailer>();
        services.AddOptions<Features.Incidents.NoticeMailOptions>().BindConfiguration("Notices");
        services.AddScoped<Features.Policies.PublicPolicyService>();
        services.AddScoped<Features.Policies.PolicyPublisher>();
        services.AddOptions<Features.Policies.PolicyPublishingOptions>().BindConfiguration("Policies");
        services.AddSingleton<Features.Policies.ScheduledPolicyPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Policies.ScheduledPolicyPublisher>());
        services.AddOpenApi("v1");
        return services;
    }
}
