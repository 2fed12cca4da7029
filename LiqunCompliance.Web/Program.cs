using LiqunCompliance.Web.Components;
using LiqunCompliance.Web.Components.Account;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Features.Policies;
using LiqunCompliance.Web.Features.PrivacyCenter;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Features.Reports;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Features.Requests.Api;
using LiqunCompliance.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddComplianceDatabase(builder.Configuration, builder.Environment);
builder.Services.AddComplianceIdentity();
builder.Services.AddComplianceLocalization();
builder.Services.AddComplianceUi();
builder.Services.AddComplianceFeatures();
builder.Services.AddComplianceOperations(builder.Configuration);

var app = builder.Build();

if (FirstAdministratorCommand.IsRequested(args))
{
    return await FirstAdministratorCommand.RunAsync(app, args);
}

await app.InitializeDatabaseAsync();

app.UseComplianceForwardedHeaders();
app.UseComplianceErrorHandling();
app.UseSecurityHeaders();
app.UseComplianceLocalization();
app.UseAuthentication();
app.UseCurrentUser();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapRequestExport();
app.MapAuditExport();
app.MapAnswerLetter();
app.MapRequestApi();
app.MapRegisterLists();
app.MapPolicyDownloads();
app.MapIncidentReports();
app.MapMonthlyReports();
app.MapRegulatorPack();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapRequestApiReference();
app.MapPrivacyCenter();
app.MapCultureEndpoint();
app.MapComplianceHealthChecks();

app.PrintStartupBanner();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
