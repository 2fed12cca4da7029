using System.Security.Claims;
using LiqunCompliance.Web.Features.Account;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Components.Account;

/// <summary>
/// Before each action in an open page (a click, a keystroke sent to the server): if an Administrator changed this
/// account's rights since the page last checked (<see cref="SessionChanges"/>), the session is checked now, and a
/// session that is no longer valid ends before the action runs — the action is refused and the page asks to sign in.
/// </summary>
internal sealed class SessionChangeCircuitHandler(
    SessionChanges changes,
    AuthenticationStateProvider authentication,
    CurrentUser currentUser,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> options) : CircuitHandler
{
    private long _checked = changes.Current;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            await EndIfRightsChangedAsync();
            await next(context);
        };

    /// <summary>Ends this page's session when the account's rights changed and its session is no longer valid; true when it ended.</summary>
    public async Task<bool> EndIfRightsChangedAsync()
    {
        if (currentUser.Id is not { } userId || !changes.ChangedAfter(userId, _checked))
        {
            return false;
        }

        _checked = changes.Current;
        var stamp = currentUser.Principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        await using var scope = scopes.CreateAsyncScope();
        if (await SessionStampCheck.IsCurrentAsync(scope.ServiceProvider, userId, stamp, CancellationToken.None))
        {
            return false;
        }

        var signedOut = new ClaimsPrincipal(new ClaimsIdentity());
        currentUser.Set(signedOut);
        if (authentication is ServerAuthenticationStateProvider server)
        {
            server.SetAuthenticationState(Task.FromResult(new AuthenticationState(signedOut)));
        }

        return true;
    }
}
