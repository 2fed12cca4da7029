using System.Diagnostics;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Features.Account;

/// <summary>
/// The Identity sign-in manager, plus an audit record for every sign-in success, failure, lockout and sign-out,
/// whichever page or endpoint triggered it.
/// </summary>
internal sealed class AuditingSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    AuditEventRecorder auditEvents,
    SignInProtection protection,
    TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private const string SessionEntity = "Session";

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var started = Stopwatch.GetTimestamp();
        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (protection.IsAddressRefused(address))
        {
            await auditEvents.RecordAsync(AuditAction.SignInFailed, SessionEntity, null, null, PersonalDataMask.Email(userName),
                [new FieldChange("reason", null, "too many failures from this address")]);
            await protection.PadFailureAsync(started);
            return ThrottledSignInResult.Instance;
        }

        var user = await UserManager.FindByNameAsync(userName);
        SignInResult result;
        if (user is null)
        {
            // The same work and the same answers as for a real account: a hash verified, a lockout after five failures.
            var lockedOut = protection.FailUnknownAccount(UserManager.NormalizeName(userName), password);
            await auditEvents.RecordAsync(lockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, SessionEntity, null, null,
                PersonalDataMask.Email(userName), [new FieldChange("reason", null, "unknown account")]);
            result = lockedOut ? SignInResult.LockedOut : SignInResult.Failed;
        }
        else
        {
            result = await RecordAsync(user, "password", await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure));
            if (result.IsLockedOut && AccountLock.IsByAdministrator(user.LockoutEnd) && await UserManager.CheckPasswordAsync(user, password))
            {
                result = LockedByAdministratorSignInResult.Instance;
            }
        }

        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            protection.RecordAddressFailure(address);
            await protection.PadFailureAsync(started);
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        return user is null ? result : await RecordAsync(user, "authenticator", result);
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        return user is null ? result : await RecordAsync(user, "recovery code", result);
    }

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        await base.SignOutAsync();
        if (principal.Identity?.IsAuthenticated == true)
        {
            // A new stamp: the signed-out cookie, and any copy of it, no longer opens anything (SessionStampCheck).
            // This ends the account's other sessions too; signing out means signing out everywhere.
            var user = await UserManager.GetUserAsync(principal);
            if (user is not null)
            {
                await UserManager.UpdateSecurityStampAsync(user);
            }

            await auditEvents.RecordAsync(AuditAction.SignedOut, SessionEntity, null, UserManager.GetUserId(principal), principal.Identity.Name);
        }
    }

    private async Task<SignInResult> RecordAsync(ApplicationUser user, string method, SignInResult result)
    {
        // A password accepted while a second factor is still due is not yet a sign-in.
        if (result.RequiresTwoFactor)
        {
            return result;
        }

        var action = result.Succeeded ? AuditAction.SignInSucceeded
            : result.IsLockedOut ? AuditAction.LockedOut
            : AuditAction.SignInFailed;
        var reason = result.IsNotAllowed ? "not allowed" : method;
        await auditEvents.RecordAsync(action, SessionEntity, user.Id, user.Id, user.UserName, [new FieldChange("method", null, reason)]);

        if (result.Succeeded)
        {
            user.PreviousSignInAt = user.LastSignInAt;
            user.LastSignInAt = clock.GetUtcNow();
            await UserManager.UpdateAsync(user);
        }

        return result;
    }
}
