using System.Security.Claims;
using LiqunCompliance.Web.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Components.Account;

/// <summary>
/// Re-checks an open circuit's session every minute: when the account's security stamp changed (signed out, role removed,
/// locked, password reset) or the account is locked, the circuit loses its sign-in and the pages send the user to sign in.
/// HTTP requests are checked on every request (<see cref="SessionStampCheck"/>); both use the same rule.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override TimeSpan RevalidationInterval => Interval;

    /// <summary>What the next revalidation of an open page will decide (for tests).</summary>
    internal Task<bool> IsStillValidAsync(AuthenticationState state, CancellationToken cancellationToken) =>
        ValidateAuthenticationStateAsync(state, cancellationToken);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A new scope, so the check reads fresh data rather than this circuit's cached user.
        await using var scope = scopeFactory.CreateAsyncScope();
        var principal = authenticationState.User;
        var claims = options.Value.ClaimsIdentity;
        return await SessionStampCheck.IsCurrentAsync(
            scope.ServiceProvider, principal.FindFirstValue(claims.UserIdClaimType), principal.FindFirstValue(claims.SecurityStampClaimType), cancellationToken);
    }
}
