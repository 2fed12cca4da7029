using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>
/// After a tracking code is verified, a short-lived, encrypted cookie (HttpOnly, SameSite=Strict, path /privacy-center)
/// names the one request the user may read; it is checked against the portal's clock, never the machine's.
/// </summary>
public sealed class TrackingPass(IDataProtectionProvider protection, TimeProvider clock, IOptions<PrivacyCenterOptions> options)
{
    public const string CookieName = "lq_track";

    private readonly IDataProtector _protector = protection.CreateProtector("LiqunCompliance.PrivacyCenter.Tracking.v1");

    public void Issue(HttpContext context, Guid requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expires = clock.GetUtcNow().AddMinutes(options.Value.TrackingPassMinutes);
        var value = _protector.Protect($"{requestId:N}|{expires.UtcTicks.ToString(CultureInfo.InvariantCulture)}");
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/privacy-center",
            IsEssential = true,
        });
    }

    /// <summary>The request the pass names, or null when there is none, it was tampered with, or it expired.</summary>
    public Guid? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            if (parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && clock.GetUtcNow().UtcTicks < ticks)
            {
                return id;
            }
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // A forged or stale cookie is no pass.
        }

        return null;
    }

    public static void End(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/privacy-center" });
    }
}
