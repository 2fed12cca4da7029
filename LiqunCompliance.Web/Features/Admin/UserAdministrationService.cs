using System.Net.Mail;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Admin;

/// <summary>
/// The Administrator's user management: create, edit roles, lock, unlock, reset password.
/// Every method checks <see cref="AccessPolicies.ManageUsers"/> and runs in a fresh scope, so no UserManager
/// (and its DbContext) lives as long as the circuit. Changes are audited by the SaveChanges interceptor.
/// </summary>
public sealed class UserAdministrationService(
    IServiceScopeFactory scopeFactory,
    Data.Interceptors.AuditChainLock chainLock,
    Account.SessionChanges sessions,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageUsers);
        await using var scope = CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var now = clock.GetUtcNow();

        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roleNames = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roleNames.ToLookup(x => x.UserId, x => x.Name!);

        return users.Select(u => new UserSummary(
            u.Id, u.Email ?? string.Empty, u.DisplayName, rolesByUser[u.Id].Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd is { } end && end > now, u.LockoutEnd, u.TwoFactorEnabled, u.LastSignInAt, u.CreatedAt,
            u.ConcurrencyStamp ?? string.Empty)).ToList();
    }

    /// <summary>Creates an account with an initial password the Administrator hands over; the user changes it after signing in.</summary>
    public async Task<OperationResult> CreateAsync(NewUserForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await guard.DemandAsync(AccessPolicies.ManageUsers);

        var errors = new List<string>();
        var email = form.Email.Trim();
        if (!IsEmail(email))
        {
            errors.Add(text["Users.Error.Email"]);
        }

        if (DisplayNameError(form.DisplayName) is { } nameError)
        {
            errors.Add(nameError);
        }

        errors.AddRange(RoleErrors(form.Roles));
        if (errors.Count > 0)
        {
            return OperationResult.Failed([.. errors]);
        }

        await using var scope = CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        // Validate the password first so that a weak one leaves no half-created account behind.
        var passwordErrors = await ValidatePasswordAsync(users, user, form.Password);
        if (passwordErrors.Count > 0)
        {
            return OperationResult.Failed([.. passwordErrors]);
        }

        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return Failed(created);
        }

        return Outcome(await users.AddToRolesAsync(user, form.Roles.Order(StringComparer.Ordinal)));
    }

    public async Task<OperationResult> UpdateAsync(EditUserForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await guard.DemandAsync(AccessPolicies.ManageUsers);
        if (DisplayNameError(form.DisplayName) is { } nameError)
        {
            return OperationResult.Failed(nameError);
        }

        var roleErrors = RoleErrors(form.Roles);
        if (roleErrors.Count > 0)
        {
            return OperationResult.Failed([.. roleErrors]);
        }

        await using var scope = CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        // Name, roles and the session stamp land together or not at all, and the "another Administrator remains" check
        // still holds when they land: the whole update holds the write path (two Administrators demoting each other at
        // the same moment are taken one after the other, and the second is refused).
        await using var unit = await chainLock.HoldAsync(scope.ServiceProvider.GetRequiredService<ComplianceDbContext>(), cancellationToken);
        var user = await users.FindByIdAsync(form.Id);
        if (user is null)
        {
            return OperationResult.Failed(OperationFailure.NotFound, text["Users.Error.NotFound"]);
        }

        var current = await users.GetRolesAsync(user);
        if (await LosesLastAdministratorAsync(users, user, current, form.Roles))
        {
            return OperationResult.Failed(text["Users.Error.LastAdministrator"]);
        }

        // Another Administrator saved since this one loaded the form: refuse rather than overwrite.
        if (!string.Equals(user.ConcurrencyStamp, form.ConcurrencyStamp, StringComparison.Ordinal))
        {
            return OperationResult.Failed(OperationFailure.Conflict, text["Identity.ConcurrencyFailure"]);
        }

        user.DisplayName = form.DisplayName.Trim();
        var taken = current.Except(form.Roles).ToList();
        var outcome = await AllAsync(
            () => users.UpdateAsync(user),
            () => users.RemoveFromRolesAsync(user, taken),
            () => users.AddToRolesAsync(user, form.Roles.Except(current)),

            // A role taken away ends the user's sessions at once (their next request, or their open pages within a minute).
            () => taken.Count == 0 ? Task.FromResult(IdentityResult.Success) : users.UpdateSecurityStampAsync(user));
        return await CommittedAsync(unit, outcome, taken.Count == 0 ? null : user.Id);
    }

    public async Task<OperationResult> LockAsync(string userId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageUsers);
        if (string.Equals(userId, currentUser.Id, StringComparison.Ordinal))
        {
            return OperationResult.Failed(text["Users.Error.LockSelf"]);
        }

        await using var scope = CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return OperationResult.Failed(text["Users.Error.NotFound"]);
        }

        // The lock and the new session stamp land together: never a lock that leaves the sessions open.
        await using var unit = await chainLock.HoldAsync(scope.ServiceProvider.GetRequiredService<ComplianceDbContext>(), cancellationToken);
        var outcome = await AllAsync(
            () => users.SetLockoutEnabledAsync(user, true),
            () => users.SetLockoutEndDateAsync(user, AccountLock.ByAdministratorUntil),

            // Ends the user's sessions: their next request, or their open pages within a minute.
            () => users.UpdateSecurityStampAsync(user));
        return await CommittedAsync(unit, outcome, user.Id);
    }

    public async Task<OperationResult> UnlockAsync(string userId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageUsers);
        await using var scope = CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return OperationResult.Failed(text["Users.Error.NotFound"]);
        }

        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        return unlocked.Succeeded ? Outcome(await users.ResetAccessFailedCountAsync(user)) : Failed(unlocked);
    }

    public async Task<OperationResult> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageUsers);
        await using var scope = CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return OperationResult.Failed(text["Users.Error.NotFound"]);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword ?? string.Empty);
        if (reset.Succeeded)
        {
            sessions.Changed(user.Id); // the reset changed the stamp: open pages end at their next action
        }

        return Outcome(reset);
    }

    private AsyncServiceScope CreateScope()
    {
        var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(currentUser.Principal);
        return scope;
    }

    private List<string> RoleErrors(IReadOnlyCollection<string> roles)
    {
        var errors = new List<string>();
        if (roles.Count == 0)
        {
            errors.Add(text["Users.Error.NoRole"]);
        }

        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            errors.Add(text["Users.Error.UnknownRole"]);
        }

        return errors;
    }

    private static async Task<bool> LosesLastAdministratorAsync(
        UserManager<ApplicationUser> users, ApplicationUser user, IList<string> current, IReadOnlyCollection<string> wanted)
    {
        if (!current.Contains(Roles.Administrator) || wanted.Contains(Roles.Administrator))
        {
            return false;
        }

        var administrators = await users.GetUsersInRoleAsync(Roles.Administrator);
        return administrators.All(a => a.Id == user.Id);
    }

    /// <summary>Identity's steps in order; the first failure stops them.</summary>
    private static async Task<IdentityResult> AllAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var outcome = await step();
            if (!outcome.Succeeded)
            {
                return outcome;
            }
        }

        return IdentityResult.Success;
    }

    /// <summary>
    /// Lands the held saves when every step succeeded; otherwise none of them (the held turn rolls back when disposed).
    /// <paramref name="endsSessionsOf"/>: the account whose open pages must re-check their session at their next action.
    /// </summary>
    private async Task<OperationResult> CommittedAsync(Data.Interceptors.AuditChainLock.HeldTurn unit, IdentityResult outcome, string? endsSessionsOf)
    {
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        await unit.CommitAsync();
        if (endsSessionsOf is not null)
        {
            sessions.Changed(endsSessionsOf);
        }

        return OperationResult.Success;
    }

    private static async Task<List<string>> ValidatePasswordAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password ?? string.Empty);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors;
    }

    private static bool IsEmail(string value) =>
        value.Length is > 3 and <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value;

    /// <summary>1 to 100 characters a person can read (no control characters: they would break every export naming the user).</summary>
    private string? DisplayNameError(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100 ? text["Users.Error.DisplayName"]
        : !LiqunCompliance.Domain.Common.PlainText.IsClean(name) ? text["Common.UnsafeText", text["Audit.Field.DisplayName"].Value].Value
        : null;

    private static OperationResult Outcome(IdentityResult result) => result.Succeeded ? OperationResult.Success : Failed(result);

    private static OperationResult Failed(IdentityResult result) => OperationResult.Failed([.. result.Errors.Select(e => e.Description)]);
}
