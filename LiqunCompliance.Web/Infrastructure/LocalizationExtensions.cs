using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace LiqunCompliance.Web.Infrastructure;

public static class LocalizationExtensions
{
    public const string DefaultCulture = "zh-CN";

    public static IReadOnlyList<string> SupportedCultures { get; } = [DefaultCulture, "en-US"];

    public static IServiceCollection AddComplianceLocalization(this IServiceCollection services)
    {
        services.AddPortalText();

        // Chinese text goes into pages as characters, not as &#x...; escapes (smaller, readable source).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;

            // The office works in Chinese: the browser's language does not override the default; the cookie does.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Localisation with the portal's text files behind <c>IStringLocalizer&lt;SharedResource&gt;</c> (one file per feature).</summary>
    public static IServiceCollection AddPortalText(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<IStringLocalizer<SharedResource>>(_ => new PortalText());
        return services;
    }

    public static IApplicationBuilder UseComplianceLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>GET /culture/set?culture=en-US&amp;redirectUri=/audit stores the choice in the culture cookie for a year.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", (HttpContext context, string? culture, string? redirectUri) =>
        {
            if (culture is not null && SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }

            return Results.LocalRedirect(LocalUrl.OrHome(redirectUri));
        }).AllowAnonymous();
        return endpoints;
    }

}
