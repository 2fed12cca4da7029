using LiqunCompliance.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace LiqunCompliance.Web.Data;

/// <summary>A member of the data-protection office. Accounts are created by an Administrator only.</summary>
public sealed class ApplicationUser : IdentityUser
{
    [PersonalInformation]
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The latest sign-in (this session's, once signed in).</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The sign-in before the latest: what "上次登录" shows the user (the latest is the one they just made).</summary>
    public DateTimeOffset? PreviousSignInAt { get; set; }
}
