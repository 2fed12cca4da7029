using System.Net;
using LiqunCompliance.Tests.TestSupport;

namespace LiqunCompliance.Tests.Web;

public sealed class OperationsTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_DatabaseReachable_Healthy()
    {
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync("/health", Ct);

        body.ShouldBe("Healthy");
    }

    [Fact]
    public async Task AnyPage_CarriesSecurityHeaders()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/Account/Login", Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task Pages_LoadNothingFromTheInternet()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/Account/Login", Ct);

        html.ShouldNotContain("https://");
        html.ShouldNotContain("http://");
        html.ShouldNotContain("fonts.googleapis");
    }

    [Fact]
    public async Task Culture_DefaultIsChinese_CookieSwitchesToEnglish()
    {
        using var client = factory.CreateBrowserLikeClient();

        var chinese = await client.GetStringAsync("/Account/Login", Ct);
        var set = await client.GetAsync("/culture/set?culture=en-US&redirectUri=%2FAccount%2FLogin", Ct);
        var english = await client.GetStringAsync("/Account/Login", Ct);

        chinese.ShouldContain("<html lang=\"zh-CN\">");
        chinese.ShouldContain("<h1>登录</h1>");
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        set.Headers.Location!.OriginalString.ShouldBe("/Account/Login");
        english.ShouldContain("<html lang=\"en-US\">");
        english.ShouldContain("<h1>Sign in</h1>");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task Culture_ExternalRedirect_GoesHomeInstead(string target)
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync($"/culture/set?culture=en-US&redirectUri={Uri.EscapeDataString(target)}", Ct);

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Culture_UnsupportedCulture_Ignored()
    {
        using var client = factory.CreateBrowserLikeClient();

        await client.GetAsync("/culture/set?culture=fr-FR&redirectUri=%2F", Ct);
        var html = await client.GetStringAsync("/Account/Login", Ct);

        html.ShouldContain("<html lang=\"zh-CN\">");
    }
}

public sealed class ErrorPageTests(ProductionWebFactory factory) : IClassFixture<ProductionWebFactory>
{
    [Fact]
    public async Task UnhandledError_InProduction_FriendlyLocalisedPageWithCorrelationIdAndNoStackTrace()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/__boom", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        html.ShouldContain("系统出错了");
        html.ShouldNotContain(ProductionWebFactory.SecretInException);
        html.ShouldContain("data-testid=\"correlation-id\"");
        html.ShouldNotContain("   at ");
        html.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task Production_ApiFailure_IsProblemJson_NotTheHtmlErrorPage()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/__boom", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        body.ShouldContain("correlationId");
        body.ShouldNotContain(ProductionWebFactory.SecretInException);
        body.ShouldNotContain("<html", Case.Insensitive);
    }
}
