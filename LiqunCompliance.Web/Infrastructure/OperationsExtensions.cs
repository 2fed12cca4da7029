using System.Diagnostics;
using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Infrastructure;

internal static class OperationsExtensions
{
    public static IServiceCollection AddComplianceOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<ComplianceDbContext>("database")
            .AddCheck<WritePathHealthCheck>(WritePathHealthCheck.Name);
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddComplianceReverseProxy(configuration);
        return services;
    }

    public static WebApplication UseComplianceErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();

            // API clients get problem JSON, never the HTML error page: 503 with Retry-After when the write path is busy.
            app.UseWhen(
                context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
                branch => branch.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteApiProblemAsync }));
        }

        // Pages get a friendly "not found"; the API keeps its plain status codes (401, 403, 404) for its clients.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        return app;
    }

    private static Task WriteApiProblemAsync(HttpContext context)
    {
        var failure = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        var busy = failure is Data.Interceptors.WritePathBusyException;
        if (busy)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        var problem = Results.Problem(
            statusCode: busy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            title: busy ? "The service is busy; nothing was saved. Try again shortly." : "The request could not be completed.",
            extensions: new Dictionary<string, object?> { ["correlationId"] = CorrelationId(context) });
        return problem.ExecuteAsync(context);
    }

    public static IEndpointRouteBuilder MapComplianceHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health").AllowAnonymous();
        return endpoints;
    }

    /// <summary>The id a user quotes to support; the same id is on every log line of the request.</summary>
    public static string CorrelationId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>Prints where the portal listens and, in demo mode, the demo logins.</summary>
    public static void PrintStartupBanner(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Startup:Banner", true))
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
            Console.WriteLine();
            Console.WriteLine("利群网商 个人信息保护合规平台 / Liqun Privacy Compliance");
            foreach (var address in addresses)
            {
                Console.WriteLine($"  Portal: {address}");
            }

            if (demo.Enabled)
            {
                Console.WriteLine($"  Demo logins (password: {demo.Password}):");
                foreach (var account in DemoAccounts.All)
                {
                    Console.WriteLine($"    {account.Email,-22} {account.Role}");
                }

                if (!string.IsNullOrEmpty(demo.ApiKey))
                {
                    Console.WriteLine($"  Demo API key (X-Api-Key): {demo.ApiKey}");
                }
            }

            Console.WriteLine();
        });
    }
}
