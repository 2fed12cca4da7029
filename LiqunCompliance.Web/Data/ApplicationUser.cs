using LiqunCompliance.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace LiqunCompliance.Web.Data;

/// <summary>A member of the data-protection office. Accounts are created by an Administrator only.</summary>
public sealed class ApplicationUser : IdentityUser
{
    [PersonalInformation]
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
