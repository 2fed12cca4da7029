namespace LiqunCompliance.Domain.Identity;

/// <summary>
/// Named authorisation policies and the roles each admits. The web host turns this table into
/// ASP.NET Core policies; pages, services and endpoints refer to the names only.
/// </summary>
public static class Policies
{
    /// <summary>Any member of staff with at least one of the five roles.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Read the audit trail and verify its chain.</summary>
    public const string ViewAuditTrail = nameof(ViewAuditTrail);

    /// <summary>Create users, assign roles, lock, unlock, reset passwords.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Staff] = Roles.All,
            [ViewAuditTrail] = [Roles.Auditor, Roles.Administrator],
            [ManageUsers] = [Roles.Administrator],
        };

    public static bool Allows(string policy, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return RolesByPolicy.TryGetValue(policy, out var allowed) && roles.Any(allowed.Contains);
    }
}
