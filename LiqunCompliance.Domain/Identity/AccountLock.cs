namespace LiqunCompliance.Domain.Identity;

/// <summary>
/// How an account came to be locked: an administrator locks it with no end (until unlocked); failed sign-ins lock it
/// for a while. The lockout page and the user list say which.
/// </summary>
public static class AccountLock
{
    /// <summary>The lockout end an administrator's lock sets: never ends by itself.</summary>
    public static readonly DateTimeOffset ByAdministratorUntil = DateTimeOffset.MaxValue;

    public static bool IsByAdministrator(DateTimeOffset? lockoutEnd) => lockoutEnd == ByAdministratorUntil;
}
