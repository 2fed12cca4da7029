using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// Behind a TLS proxy: the proxy's X-Forwarded-For and X-Forwarded-Proto are believed only from the addresses listed in
/// <c>ReverseProxy:KnownProxies</c> (loopback when none is listed). The request then counts as HTTPS, so the sign-in
/// cookie is marked Secure and HSTS is sent, and the client's address (not the proxy's) is what sign-in throttling sees.
/// </summary>
internal static class ReverseProxyExtensions
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddComplianceReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(Section + ":KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return services;
    }

    public static IApplicationBuilder UseComplianceForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
