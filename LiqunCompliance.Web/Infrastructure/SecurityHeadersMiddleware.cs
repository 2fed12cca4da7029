namespace LiqunCompliance.Web.Infrastructure;

internal static class SecurityHeadersMiddleware
{
    // Scripts only from the app itself. MudBlazor sets style attributes and a theme <style> element,
    // which CSP can only admit with 'unsafe-inline' for styles (docs/adr/0004-content-security-policy.md).
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// For an endpoint marked <see cref="AllowsInlineScripts"/> (the Administrators' API reference, whose page starts
    /// its bundled script inline): the same policy with inline scripts admitted.
    /// </summary>
    public static readonly string InlineScriptsPolicy =
        ContentSecurityPolicy.Replace("script-src 'self';", "script-src 'self' 'unsafe-inline';", StringComparison.Ordinal);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<AllowsInlineScripts>() is null
                    ? ContentSecurityPolicy
                    : InlineScriptsPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
}

/// <summary>Endpoint metadata: the page may run inline scripts (see <see cref="SecurityHeadersMiddleware.InlineScriptsPolicy"/>).</summary>
public sealed class AllowsInlineScripts;
