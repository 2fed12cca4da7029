using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>
/// The last two Administrators demote each other at the same moment: the updates are taken one after the other (each
/// holds the write path from its check to its commit), so one lands and the other is refused; one Administrator remains.
/// </summary>
public sealed class LastAdministratorRaceTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoAdministratorsDemotingEachOtherAtOnce_OneRemains()
    {
        await using var first = factory.ScopeAs("admin-a", "admin@demo.liqun", Roles.Administrator);
        var service = first.ServiceProvider.GetRequiredService<UserAdministrationService>();
        (await service.CreateAsync(new NewUserForm { Email = "second-admin@liqun.example", DisplayName = "第二位管理员", Password = "Strong-Password-2026", Roles = [Roles.Administrator] }, Ct))
            .Succeeded.ShouldBeTrue();
        var users = await service.ListAsync(Ct);
        var a = users.Single(u => u.Email == "admin@demo.liqun");
        var b = users.Single(u => u.Email == "second-admin@liqun.example");
        users.Count(u => u.Roles.Contains(Roles.Administrator)).ShouldBe(2);

        await using var second = factory.ScopeAs(b.Id, b.Email, Roles.Administrator);
        var other = second.ServiceProvider.GetRequiredService<UserAdministrationService>();

        // Two threads released together, as two Administrators' circuits would be (SQLite's calls complete synchronously,
        // so without threads the second update would simply run after the first).
        using var start = new Barrier(2);
        var results = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(Ct); return service.UpdateAsync(new EditUserForm { Id = b.Id, DisplayName = b.DisplayName, Roles = [Roles.Auditor], ConcurrencyStamp = b.ConcurrencyStamp }, Ct); }, Ct),
            Task.Run(() => { start.SignalAndWait(Ct); return other.UpdateAsync(new EditUserForm { Id = a.Id, DisplayName = a.DisplayName, Roles = [Roles.Auditor], ConcurrencyStamp = a.ConcurrencyStamp }, Ct); }, Ct));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Errors.ShouldContain("不能移除最后一位系统管理员的管理员角色。");
        (await service.ListAsync(Ct)).Count(u => u.Roles.Contains(Roles.Administrator)).ShouldBe(1);
    }
}
