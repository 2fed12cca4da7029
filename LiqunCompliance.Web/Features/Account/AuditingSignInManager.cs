using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
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
    TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private const string SessionEntity = "Session";

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            var result = await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
            await auditEvents.RecordAsync(AuditAction.SignInFailed, SessionEntity, null, null, PersonalDataMask.Email(userName),
                [new FieldChange("reason", null, "unknown account")]);
            return result;
        }

        return await RecordAsync(user, "password", await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure));
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
            user.LastSignInAt = clock.GetUtcNow();
            await UserManager.UpdateAsync(user);
        }

        return result;
    }
}
