using Microsoft.AspNetCore.Authorization;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>Services call this before every read or write: the UI hiding a button is never the check.</summary>
public sealed class PolicyGuard(IAuthorizationService authorizationService, CurrentUser currentUser)
{
    /// <exception cref="UnauthorizedAccessException">The current user does not satisfy <paramref name="policy"/>.</exception>
    public async Task DemandAsync(string policy)
    {
        var result = await authorizationService.AuthorizeAsync(currentUser.Principal, policy);
        if (!result.Succeeded)
        {
            throw new UnauthorizedAccessException($"Policy '{policy}' denied.");
        }
    }

    public async Task<bool> AllowsAsync(string policy) =>
        (await authorizationService.AuthorizeAsync(currentUser.Principal, policy)).Succeeded;
}
