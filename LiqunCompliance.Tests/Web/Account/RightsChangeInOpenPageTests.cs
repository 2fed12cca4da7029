using System.Security.Claims;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Components.Account;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Account;

/// <summary>
/// An open page (a circuit) of someone whose role an Administrator just removed: their next action finds the session
/// ended, at once, not at the minute's revalidation.
/// </summary>
public sealed class RightsChangeInOpenPageTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARoleRemoved_TheOpenPagesNextActionFindsItSignedOut_AnUnchangedAccountStays()
    {
        await using var admin = factory.ScopeAs("admin-rights", "admin@demo.liqun", Roles.Administrator);
        var administration = admin.ServiceProvider.GetRequiredService<UserAdministrationService>();
        (await administration.CreateAsync(new NewUserForm { Email = "open-page@liqun.example", DisplayName = "打开页面的专员", Password = "Strong-Password-2026", Roles = [Roles.PrivacyOfficer, Roles.Auditor] }, Ct))
            .Succeeded.ShouldBeTrue();
        var account = (await administration.ListAsync(Ct)).Single(u => u.Email == "open-page@liqun.example");

        await using var circuit = await OpenPageAsync("open-page@liqun.example");
        await using var bystander = await OpenPageAsync("auditor@demo.liqun");

        (await administration.UpdateAsync(new EditUserForm { Id = account.Id, DisplayName = account.DisplayName, Roles = [Roles.Auditor], ConcurrencyStamp = account.ConcurrencyStamp }, Ct))
            .Succeeded.ShouldBeTrue();

        (await Handler(circuit).EndIfRightsChangedAsync()).ShouldBeTrue();
        circuit.ServiceProvider.GetRequiredService<CurrentUser>().IsAuthenticated.ShouldBeFalse();
        (await circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync()).User.Identity!.IsAuthenticated.ShouldBeFalse();
        await Should.ThrowAsync<UnauthorizedAccessException>(() => circuit.ServiceProvider.GetRequiredService<UserAdministrationService>().ListAsync(Ct));

        (await Handler(bystander).EndIfRightsChangedAsync()).ShouldBeFalse("nothing changed for this account");
        bystander.ServiceProvider.GetRequiredService<CurrentUser>().IsAuthenticated.ShouldBeTrue();
    }

    private static SessionChangeCircuitHandler Handler(AsyncServiceScope circuit) =>
        circuit.ServiceProvider.GetServices<CircuitHandler>().OfType<SessionChangeCircuitHandler>().Single();

    /// <summary>A circuit's scope signed in as the account, as a page opened by it would be.</summary>
    private async Task<AsyncServiceScope> OpenPageAsync(string email)
    {
        var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull();
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(principal);
        ((ServerAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        _ = Handler(scope); // created with the page, before the change
        return scope;
    }
}
