using System.Diagnostics;
using System.Net;
using LiqunCompliance.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Account;

/// <summary>
/// The portal as deployed behind a TLS proxy on loopback (every request arrives from 127.0.0.1 with X-Forwarded-*),
/// with the shipped sign-in protection: three failures per address for the test, and a 300 ms floor per failure.
/// </summary>
public sealed class ProxiedProductionFactory : ProductionWebFactory
{
    public const int MinimumFailureMilliseconds = 300;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:FailuresPerAddress", "3");
        builder.UseSetting("SignIn:MinimumFailureMilliseconds", MinimumFailureMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, LoopbackProxyFilter>());
    }

    private sealed class LoopbackProxyFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }
}

public sealed class SignInProtectionTests(ProxiedProductionFactory factory) : IClassFixture<ProxiedProductionFactory>
{
    private const string Host = "compliance.liqun.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownAccount_LockedOutAfterFiveFailures_LikeARealOne()
    {
        HttpResponseMessage? last = null;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            // A fresh address per attempt, so that address throttling (tested below) does not answer first.
            last = await LoginAsync($"198.51.100.{10 + attempt}", "nobody-here@liqun.example", $"Wrong-password-{attempt}");
        }

        last!.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        last.Headers.Location!.OriginalString.ShouldContain("Account/Lockout");
    }

    [Fact]
    public async Task FailedSignIn_TakesTheSameFloorWhetherOrNotTheAccountExists()
    {
        foreach (var (email, address) in new[] { ("ghost-account@liqun.example", "198.51.100.30"), ("auditor@demo.liqun", "198.51.100.31") })
        {
            var started = Stopwatch.GetTimestamp();
            var response = await LoginAsync(address, email, "Wrong-password-1");
            var elapsed = Stopwatch.GetElapsedTime(started);

            (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("邮箱或密码错误。");
            elapsed.TotalMilliseconds.ShouldBeGreaterThanOrEqualTo(ProxiedProductionFactory.MinimumFailureMilliseconds - 5, email);
        }
    }

    [Fact]
    public async Task OneAddress_FailingTooOften_IsRefusedBeforeAnyAccountIsTouched()
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await LoginAsync("203.0.113.5", $"guess-{attempt}@liqun.example", "Wrong-password-1");
        }

        var refused = await LoginAsync("203.0.113.5", "officer@demo.liqun", ComplianceWebFactory.DemoPassword);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("此地址登录失败次数过多");

        var signedIn = await LoginAsync("203.0.113.6", "officer@demo.liqun", ComplianceWebFactory.DemoPassword);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldNotContain("Login");
    }

    [Fact]
    public async Task BehindTlsProxy_CookieIsSecureAndHstsIsSent()
    {
        var response = await LoginAsync("198.51.100.40", "auditor@demo.liqun", ComplianceWebFactory.DemoPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("LiqunCompliance.Auth", StringComparison.Ordinal));
        auth.ShouldContain("secure", Case.Insensitive);
        response.Headers.TryGetValues("Strict-Transport-Security", out var hsts).ShouldBeTrue();
        hsts!.Single().ShouldContain("max-age=31536000");
    }

    [Fact]
    public async Task PlainHttp_NoHstsAndNoSecureOnlyCookie()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Host = Host;

        var response = await client.GetAsync("/Account/Login", Ct);

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task OffSiteReturnUrl_AfterTheRightPassword_GoesHomeNotAnError(string returnUrl)
    {
        var response = await LoginAsync("198.51.100.50", "auditor@demo.liqun", ComplianceWebFactory.DemoPassword, returnUrl: returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldNotContain("evil");
        location.ShouldNotContain("javascript");
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("https://evil.example")]
    public async Task CultureSwitch_MalformedRedirect_GoesHome(string redirect)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var response = await client.GetAsync("/culture/set?culture=en-US&redirectUri=" + Uri.EscapeDataString(Uri.UnescapeDataString(redirect)), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    /// <summary>
    /// A browser behind the proxy: GET the form, then POST it with the cookies it set. Cookies are carried by hand
    /// because the proxy marks them Secure and the test server speaks plain HTTP, as the portal does behind nginx.
    /// </summary>
    [Fact]
    public async Task AnAccountLockedByAnAdministrator_IsSaidSo_OnlyToSomeoneWithItsPassword()
    {
        const string email = "locked-by-admin@demo.liqun";
        const string password = "Liqun#Locked2026";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LiqunCompliance.Web.Data.ApplicationUser>>();
            var user = new LiqunCompliance.Web.Data.ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "锁定测试" };
            (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, LiqunCompliance.Domain.Identity.AccountLock.ByAdministratorUntil);
        }

        var owner = await LoginAsync("198.51.100.61", email, password);
        owner.Headers.Location!.OriginalString.ShouldContain("Account/Lockout?by=administrator");
        var page = await factory.CreateClient().GetStringAsync(owner.Headers.Location.OriginalString, Ct);
        page.ShouldContain("已被系统管理员锁定");

        var stranger = await LoginAsync("198.51.100.62", email, "Wrong-password-1");
        stranger.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stranger.Headers.Location!.OriginalString.ShouldEndWith("Account/Lockout");
    }

    private async Task<HttpResponseMessage> LoginAsync(string address, string email, string password, string? returnUrl = null)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var form = Proxied(new HttpRequestMessage(HttpMethod.Get, "/Account/Login"), address);
        using var page = await client.SendAsync(form, Ct);
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]).ToList() : [];
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(Ct), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var path = "/Account/Login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var post = Proxied(new HttpRequestMessage(HttpMethod.Post, path) { Content = LoginForm(token, email, password) }, address);
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        return await client.SendAsync(post, Ct);
    }

    private static HttpRequestMessage Proxied(HttpRequestMessage request, string address)
    {
        request.Headers.Host = Host;
        request.Headers.Add("X-Forwarded-For", address);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    private static FormUrlEncodedContent LoginForm(string token, string email, string password) => new(new Dictionary<string, string>
    {
        ["_handler"] = "login",
        ["__RequestVerificationToken"] = token,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    });
}
