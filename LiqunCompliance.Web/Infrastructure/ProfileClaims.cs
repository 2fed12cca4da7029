using System.Security.Claims;
using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Infrastructure;

public static class ProfileClaims
{
    public const string DisplayName = "liqun:display_name";
}

/// <summary>Adds the display name to the sign-in cookie so the shell can greet the user without a query.</summary>
internal sealed class ComplianceClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ProfileClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
