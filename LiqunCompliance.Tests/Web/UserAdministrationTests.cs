using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

public sealed class UserAdministrationTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_WeakPassword_LocalisedErrorsAndNoAccount()
    {
        await using var scope = AsAdmin();
        var service = Service(scope);

        var result = await service.CreateAsync(new NewUserForm { Email = "weak@liqun.example", DisplayName = "弱密码", Password = "short", Roles = [Roles.Auditor] }, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain("密码至少需要 12 个字符。");
        (await service.ListAsync(Ct)).ShouldNotContain(u => u.Email == "weak@liqun.example");
    }

    [Fact]
    public async Task Create_NoRoleAndBadEmail_RefusedWithEachReason()
    {
        await using var scope = AsAdmin();

        var result = await Service(scope).CreateAsync(new NewUserForm { Email = "not-an-email", DisplayName = "", Password = "Strong-Password-2026" }, Ct);

        result.Errors.ShouldBe(["请输入有效的邮箱地址。", "请输入不超过 100 个字符的姓名。", "请至少选择一个角色。"], ignoreOrder: true);
    }

    [Fact]
    public async Task Create_DuplicateEmail_Refused()
    {
        await using var scope = AsAdmin();

        var result = await Service(scope).CreateAsync(new NewUserForm { Email = "cs@demo.liqun", DisplayName = "重复", Password = "Strong-Password-2026", Roles = [Roles.Auditor] }, Ct);

        result.Errors.ShouldContain("该邮箱已有账户。");
    }

    [Fact]
    public async Task Update_StaleConcurrencyStamp_DetectedNotOverwritten()
    {
        await using var scope = AsAdmin();
        var service = Service(scope);
        var created = await service.CreateAsync(new NewUserForm { Email = "race@liqun.example", DisplayName = "并发", Password = "Strong-Password-2026", Roles = [Roles.Auditor] }, Ct);
        created.Succeeded.ShouldBeTrue();
        var seen = (await service.ListAsync(Ct)).Single(u => u.Email == "race@liqun.example");

        var first = await service.UpdateAsync(new EditUserForm { Id = seen.Id, DisplayName = "第一位管理员", Roles = [Roles.Auditor], ConcurrencyStamp = seen.ConcurrencyStamp }, Ct);
        var second = await service.UpdateAsync(new EditUserForm { Id = seen.Id, DisplayName = "第二位管理员", Roles = [Roles.Management], ConcurrencyStamp = seen.ConcurrencyStamp }, Ct);

        first.Succeeded.ShouldBeTrue();
        second.Errors.ShouldContain("在您编辑期间，其他人修改了该用户。请刷新后重试。");
        var after = (await service.ListAsync(Ct)).Single(u => u.Email == "race@liqun.example");
        after.DisplayName.ShouldBe("第一位管理员");
        after.Roles.ShouldBe([Roles.Auditor]);
    }

    [Fact]
    public async Task Update_RemovingLastAdministratorRole_Refused()
    {
        await using var scope = AsAdmin();
        var service = Service(scope);
        var admin = (await service.ListAsync(Ct)).Single(u => u.Email == "admin@demo.liqun");

        var result = await service.UpdateAsync(new EditUserForm { Id = admin.Id, DisplayName = admin.DisplayName, Roles = [Roles.Auditor], ConcurrencyStamp = admin.ConcurrencyStamp }, Ct);

        result.Errors.ShouldContain("不能移除最后一位系统管理员的管理员角色。");
    }

    [Fact]
    public async Task LockAndUnlock_ChangesLockoutState()
    {
        await using var scope = AsAdmin();
        var service = Service(scope);
        var target = (await service.ListAsync(Ct)).Single(u => u.Email == "officer@demo.liqun");

        (await service.LockAsync(target.Id, Ct)).Succeeded.ShouldBeTrue();
        (await service.ListAsync(Ct)).Single(u => u.Id == target.Id).IsLockedOut.ShouldBeTrue();
        (await service.UnlockAsync(target.Id, Ct)).Succeeded.ShouldBeTrue();
        (await service.ListAsync(Ct)).Single(u => u.Id == target.Id).IsLockedOut.ShouldBeFalse();
    }

    [Fact]
    public async Task ResetPassword_NewPasswordSignsIn()
    {
        await using var scope = AsAdmin();
        var service = Service(scope);
        await service.CreateAsync(new NewUserForm { Email = "reset@liqun.example", DisplayName = "重置", Password = "Strong-Password-2026", Roles = [Roles.Auditor] }, Ct);
        var target = (await service.ListAsync(Ct)).Single(u => u.Email == "reset@liqun.example");

        (await service.ResetPasswordAsync(target.Id, "Brand-New-Password-9", Ct)).Succeeded.ShouldBeTrue();

        using var client = await factory.SignInAsync("reset@liqun.example", "Brand-New-Password-9");
    }

    [Theory]
    [InlineData(Roles.PrivacyOfficer)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Management)]
    public async Task AnyMethod_WithoutAdministratorRole_Refused(string role)
    {
        await using var scope = factory.ScopeAs("x", "x@demo.liqun", role);
        var service = Service(scope);

        await Should.ThrowAsync<UnauthorizedAccessException>(() => service.ListAsync(Ct));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => service.CreateAsync(new NewUserForm(), Ct));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => service.LockAsync("id", Ct));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => service.ResetPasswordAsync("id", "Whatever-123456", Ct));
    }

    private AsyncServiceScope AsAdmin() => factory.ScopeAs("admin-test", "admin@demo.liqun", Roles.Administrator);

    private static UserAdministrationService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
}
