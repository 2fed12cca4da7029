using System.Net;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

public sealed class SignInTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_WrongPassword_LocalisedMessageAndFailureAudited()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.PostLoginAsync("cs@demo.liqun", "wrong-password-123", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("邮箱或密码错误。");
        var records = await AuditRecordsAsync(AuditAction.SignInFailed);
        records.ShouldContain(r => r.UserName == "cs@demo.liqun");
    }

    [Fact]
    public async Task AccountPages_FollowTheChosenTheme()
    {
        using var client = factory.CreateBrowserLikeClient();
        (await client.GetStringAsync("/Account/Login", Ct)).ShouldNotContain("liqun-dark");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("Cookie", "LiqunCompliance.Theme=dark");
        using var dark = await client.SendAsync(request, Ct);
        (await dark.Content.ReadAsStringAsync(Ct)).ShouldContain("<body class=\"liqun-dark\">");
    }

    [Fact]
    public async Task PreviousSignIn_IsTheOneBeforeThisSession()
    {
        using (await factory.SignInAsync("auditor@demo.liqun"))
        {
        }

        var first = await UserAsync("auditor@demo.liqun");
        using var second = await factory.SignInAsync("auditor@demo.liqun");
        var now = await UserAsync("auditor@demo.liqun");

        now.PreviousSignInAt.ShouldBe(first.LastSignInAt);
        now.LastSignInAt.ShouldNotBe(first.LastSignInAt);
        var home = await second.GetStringAsync("/", Ct);
        home.ShouldContain("上次登录");
        home.ShouldContain(LiqunCompliance.Domain.Common.ChinaTime.ToShanghai(first.LastSignInAt!.Value).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<ApplicationUser> UserAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == email, Ct);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksOutEvenTheRightPassword()
    {
        using var client = factory.CreateBrowserLikeClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.PostLoginAsync("manager@demo.liqun", $"Wrong-password-{attempt}", Ct);
        }

        var response = await client.PostLoginAsync("manager@demo.liqun", ComplianceWebFactory.DemoPassword, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("Account/Lockout");
        (await AuditRecordsAsync(AuditAction.LockedOut)).ShouldContain(r => r.UserName == "manager@demo.liqun");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "manager@demo.liqun", Ct);
        user.LockoutEnd.ShouldNotBeNull();
        (user.LockoutEnd!.Value - DateTimeOffset.UtcNow).TotalMinutes.ShouldBeInRange(14, 15.1);
    }

    [Fact]
    public async Task Login_UnknownAccount_AuditedWithMaskedName()
    {
        using var client = factory.CreateBrowserLikeClient();

        await client.PostLoginAsync("intruder@example.com", "Whatever-123456", Ct);

        var records = await AuditRecordsAsync(AuditAction.SignInFailed);
        records.ShouldContain(r => r.UserName == "i***@example.com" && r.UserId == null);
        records.ShouldNotContain(r => r.UserName == "intruder@example.com");
    }

    [Fact]
    public async Task Login_RightPassword_SignsInAndIsAudited()
    {
        using var client = await factory.SignInAsync("officer@demo.liqun");

        var home = await client.GetAsync("/", Ct);

        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuditRecordsAsync(AuditAction.SignInSucceeded)).ShouldContain(r => r.UserName == "officer@demo.liqun");
    }

    [Fact]
    public async Task Logout_WithAntiforgeryToken_SignsOutAndIsAudited()
    {
        using var client = await factory.SignInAsync("auditor@demo.liqun");
        var token = await PortalClient.AntiforgeryTokenAsync(client, "/Account/Manage/ChangePassword");

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ReturnUrl"] = "",
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AuditRecordsAsync(AuditAction.SignedOut)).ShouldContain(r => r.UserName == "auditor@demo.liqun");
        var after = await client.GetAsync("/", Ct);
        after.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_Rejected()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "admin@demo.liqun",
            ["Input.Password"] = ComplianceWebFactory.DemoPassword,
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task FailedLogin_Logs_NoPersonalData()
    {
        using var client = factory.CreateBrowserLikeClient();

        await client.PostLoginAsync("secret.person@example.com", "Secret-password-123", Ct);
        await client.PostLoginAsync("cs@demo.liqun", "Another-secret-456", Ct);

        factory.LogLines.ShouldNotContain(l => l.Contains("secret.person", StringComparison.OrdinalIgnoreCase));
        factory.LogLines.ShouldNotContain(l => l.Contains("Secret-password-123", StringComparison.Ordinal));
        factory.LogLines.ShouldNotContain(l => l.Contains("Another-secret-456", StringComparison.Ordinal));
    }

    private async Task<List<AuditRecord>> AuditRecordsAsync(AuditAction action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        return await db.AuditRecords.AsNoTracking().Where(r => r.Action == action).ToListAsync(Ct);
    }
}
