using System.Threading.RateLimiting;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>
/// ASP.NET Core rate limiting for the privacy center: form posts (codes, submissions, tracking, code checks) per IP
/// address in a sliding window; pages themselves are not limited. The per-contact limit is counted in the database
/// (<see cref="PrivacyCenterService"/>), so it holds across servers and restarts.
/// </summary>
public static class PrivacyCenterRateLimits
{
    public const string PolicyName = "privacy-center";

    public static IServiceCollection AddPrivacyCenterRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("pages");
                }

                var settings = context.RequestServices.GetRequiredService<IOptions<PrivacyCenterOptions>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, settings.PermitsPerAddress),
                    Window = TimeSpan.FromMinutes(Math.Max(1, settings.AddressWindowMinutes)),
                    SegmentsPerWindow = 5,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    /// <summary>429 with a short page in the user's language, in the public pages' look, pointing back to the center.</summary>
    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var text = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = "60";
        response.ContentType = "text/html; charset=utf-8";
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var title = System.Net.WebUtility.HtmlEncode(text["PrivacyCenter.TooMany.Title"]);
        var body = System.Net.WebUtility.HtmlEncode(text["PrivacyCenter.TooMany.Body"]);
        var back = System.Net.WebUtility.HtmlEncode(text["PrivacyCenter.BackToCenter"]);
        await response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{culture}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{title}</title><link rel=\"stylesheet\" href=\"/css/public.css\"></head><body><main class=\"public-main\"><h1>{title}</h1>" +
            $"<p role=\"alert\">{body}</p><p><a href=\"/privacy-center\">{back}</a></p></main></body></html>", cancellationToken);
    }
}
