using System.Net;
using System.Security.Claims;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Components.Account;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Account;

/// <summary>
/// A session ends when it should: a cookie copied before sign-out opens nothing afterwards, and a role removed, a lock or
/// a password reset end the user's sessions at their next request and their open pages at the next revalidation.
/// </summary>
public sealed class SessionEndingTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private const string UserPassword = "Session-Password-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignOut_CookieCopiedBefore_OpensNothingAfterwards()
    {
        var email = await NewUserAsync(Roles.Auditor);
        var stolen = await factory.SignInForCookieHeaderAsync(email, UserPassword);
        (await GetWithCookieAsync("/audit", stolen)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var owner = await factory.SignInAsync(email, UserPassword);
        var token = await PortalClient.AntiforgeryTokenAsync(owner, "/Account/Manage/ChangePassword");
        var signOut = await owner.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ReturnUrl"] = "",
        }), Ct);
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replay = await GetWithCookieAsync("/audit", stolen);
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.Headers.Location!.OriginalString.ShouldContain("Account/Login");
    }

    public static TheoryData<string> Changes => ["role removed", "locked", "password reset"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AdministratorChange_EndsTheUsersSessionAtTheNextRequest(string change)
    {
        var email = await NewUserAsync(Roles.Auditor, Roles.Management);
        var cookie = await factory.SignInForCookieHeaderAsync(email, UserPassword);
        var principal = await PrincipalOfAsync(email);
        (await GetWithCookieAsync("/audit", cookie)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OpenPageStillValidAsync(principal)).ShouldBeTrue();

        await using (var scope = factory.ScopeAs("admin-test", "admin@demo.liqun", Roles.Administrator))
        {
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
            var user = (await admin.ListAsync(Ct)).Single(u => u.Email == email);
            var result = change switch
            {
                "role removed" => await admin.UpdateAsync(new EditUserForm { Id = user.Id, DisplayName = user.DisplayName, Roles = [Roles.Management], ConcurrencyStamp = user.ConcurrencyStamp }, Ct),
                "locked" => await admin.LockAsync(user.Id, Ct),
                _ => await admin.ResetPasswordAsync(user.Id, "Another-Password-2026", Ct),
            };
            result.Succeeded.ShouldBeTrue();
        }

        var next = await GetWithCookieAsync("/audit", cookie);
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.OriginalString.ShouldContain("Account/Login");
        (await OpenPageStillValidAsync(principal)).ShouldBeFalse();
        IdentityRevalidatingAuthenticationStateProvider.Interval.ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task AdministratorChange_NameOnly_KeepsTheSession()
    {
        var email = await NewUserAsync(Roles.Auditor);
        var cookie = await factory.SignInForCookieHeaderAsync(email, UserPassword);
        await using (var scope = factory.ScopeAs("admin-test", "admin@demo.liqun", Roles.Administrator))
        {
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
            var user = (await admin.ListAsync(Ct)).Single(u => u.Email == email);
            (await admin.UpdateAsync(new EditUserForm { Id = user.Id, DisplayName = "改名", Roles = [Roles.Auditor], ConcurrencyStamp = user.ConcurrencyStamp }, Ct)).Succeeded.ShouldBeTrue();
        }

        (await GetWithCookieAsync("/audit", cookie)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string cookie)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, Ct);
    }

    private async Task<string> NewUserAsync(params string[] roles)
    {
        var email = $"session-{Guid.NewGuid():N}"[..16] + "@liqun.example";
        await using var scope = factory.ScopeAs("admin-test", "admin@demo.liqun", Roles.Administrator);
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().CreateAsync(
            new NewUserForm { Email = email, DisplayName = "会话测试", Password = UserPassword, Roles = [.. roles] }, Ct);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return email;
    }

    /// <summary>The principal an open page holds: the claims as they were when the user signed in.</summary>
    private async Task<ClaimsPrincipal> PrincipalOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factoryOfClaims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        return await factoryOfClaims.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<bool> OpenPageStillValidAsync(ClaimsPrincipal principal)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var provider = (IdentityRevalidatingAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        return await provider.IsStillValidAsync(new AuthenticationState(principal), Ct);
    }
}
