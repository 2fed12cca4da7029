using System.Diagnostics;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace LiqunCompliance.Web.Features.Account;

/// <summary>Settings of <see cref="SignInProtection"/> (section <c>SignIn</c>).</summary>
public sealed class SignInProtectionOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins one address may make in <see cref="AddressWindowMinutes"/> before it is refused.</summary>
    public int FailuresPerAddress { get; set; } = 10;

    public int AddressWindowMinutes { get; set; } = 15;

    /// <summary>Every failed password sign-in takes at least this long, whether or not the account exists.</summary>
    public int MinimumFailureMilliseconds { get; set; } = 300;
}

/// <summary>A sign-in refused because its address failed too often; the page says so.</summary>
internal sealed class ThrottledSignInResult : SignInResult
{
    public static readonly ThrottledSignInResult Instance = new();
}

/// <summary>
/// The account is locked by an administrator and the password was right: the person may be told so (and to ask the
/// administrator), since they proved they own the account. Anyone else sees the same lockout as for failed attempts.
/// </summary>
internal sealed class LockedByAdministratorSignInResult : SignInResult
{
    public static readonly LockedByAdministratorSignInResult Instance = new();

    private LockedByAdministratorSignInResult() => IsLockedOut = true;
}

/// <summary>
/// What keeps password sign-in from telling accounts apart or being used to lock them out: an unknown account costs a
/// password hash and is "locked out" after as many failures as a real one; every failure takes at least the same time;
/// one address that fails too often is refused for a while, before any account is touched.
/// </summary>
internal sealed class SignInProtection
{
    // A hash of a random password made once per process: verifying against it costs what verifying a real one does.
    private static readonly Data.ApplicationUser Placeholder = new();
    private readonly FailureWindow _addresses;
    private readonly FailureWindow _unknownAccounts;
    private readonly TimeSpan _minimumFailure;
    private readonly string _placeholderHash;
    private readonly IPasswordHasher<Data.ApplicationUser> _hasher;

    public SignInProtection(Microsoft.Extensions.Options.IOptions<SignInProtectionOptions> options, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> hashing, TimeProvider clock)
    {
        var settings = options.Value;
        _hasher = new PasswordHasher<Data.ApplicationUser>(hashing);
        _addresses = new FailureWindow(Math.Max(1, settings.FailuresPerAddress), TimeSpan.FromMinutes(Math.Max(1, settings.AddressWindowMinutes)), clock);
        _unknownAccounts = new FailureWindow(IdentityServiceExtensions.MaxFailedAccessAttempts, IdentityServiceExtensions.LockoutDuration, clock);
        _minimumFailure = TimeSpan.FromMilliseconds(Math.Max(0, settings.MinimumFailureMilliseconds));
        _placeholderHash = _hasher.HashPassword(Placeholder, Guid.NewGuid().ToString("N"));
    }

    public bool IsAddressRefused(string address) => _addresses.IsRefused(address);

    public void RecordAddressFailure(string address) => _addresses.RecordFailure(address);

    /// <summary>Does for a name with no account what a wrong password does for a real one; true when now "locked out".</summary>
    public bool FailUnknownAccount(string normalizedName, string password)
    {
        _hasher.VerifyHashedPassword(Placeholder, _placeholderHash, password);
        return _unknownAccounts.IsRefused(normalizedName) || _unknownAccounts.RecordFailure(normalizedName);
    }

    /// <summary>Waits until a failed attempt that started at <paramref name="started"/> has taken the minimum time.</summary>
    public Task PadFailureAsync(long started)
    {
        var remaining = _minimumFailure - Stopwatch.GetElapsedTime(started);
        return remaining > TimeSpan.Zero ? Task.Delay(remaining) : Task.CompletedTask;
    }
}
