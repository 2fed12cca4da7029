namespace LiqunCompliance.Web.Features.Admin;

public sealed record UserSummary(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    bool TwoFactorEnabled,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset CreatedAt,
    string ConcurrencyStamp);

public sealed class NewUserForm
{
    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public HashSet<string> Roles { get; set; } = [];
}

public sealed class EditUserForm
{
    public string Id { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public HashSet<string> Roles { get; set; } = [];

    /// <summary>The version the Administrator saw; a save against a newer version is refused.</summary>
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
