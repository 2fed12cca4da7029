using System.Security.Claims;
using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Features.Account;

/// <summary>
/// Every HTTP request made with the sign-in cookie compares the cookie's security stamp with the account's current one
/// (one indexed read). Signing out, a role removed, a lock or a password reset change the stamp, so a session, or a
/// copy of its cookie, stops opening anything at the next request. Identity's own validator still runs afterwards to
/// refresh the cookie's claims.
/// </summary>
internal static class SessionStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(options.UserIdClaimType);
        var cookieStamp = principal.FindFirstValue(options.SecurityStampClaimType);
        if (!await IsCurrentAsync(context.HttpContext.RequestServices, userId, cookieStamp, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>True when the account exists, is not locked and still carries the stamp the session was issued with.</summary>
    public static async Task<bool> IsCurrentAsync(IServiceProvider services, string? userId, string? stamp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var factory = services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        return account is not null
            && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal)
            && (account.LockoutEnd is null || account.LockoutEnd <= clock.GetUtcNow());
    }
}
