using System.Security.Claims;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// The signed-in user of this scope: set from HttpContext.User for a request and from the
/// AuthenticationStateProvider for a Blazor circuit, so services never need IHttpContextAccessor.
/// </summary>
public sealed class CurrentUser
{
    public const string SystemName = "system";

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal Principal { get; private set; } = Anonymous;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public string? Id => IsAuthenticated ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string Name => IsAuthenticated ? Principal.Identity?.Name ?? SystemName : SystemName;

    /// <summary>The person's name for timelines and letters (the account name stays in the audit trail).</summary>
    public string DisplayName => Principal.FindFirstValue(ProfileClaims.DisplayName) ?? Name;

    public void Set(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        Principal = principal;
    }
}
