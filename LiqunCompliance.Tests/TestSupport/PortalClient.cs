using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>Signs in through the real login form (antiforgery token and all) and keeps the cookies.</summary>
public static partial class PortalClient
{
    public static HttpClient CreateBrowserLikeClient(this ComplianceWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password, CancellationToken cancellationToken = default)
    {
        var token = await AntiforgeryTokenAsync(client, "/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }), cancellationToken);
    }

    public static async Task<HttpClient> SignInAsync(this ComplianceWebFactory factory, string email, string password = ComplianceWebFactory.DemoPassword)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.PostLoginAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    /// <summary>Signs in without a cookie jar and returns the session's cookies as a Cookie header, as a thief would copy them.</summary>
    public static async Task<string> SignInForCookieHeaderAsync(this ComplianceWebFactory factory, string email, string password = ComplianceWebFactory.DemoPassword)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var page = await client.GetAsync("/Account/Login");
        var jar = CookiesOf(page);
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", jar));
        using var response = await client.SendAsync(post);
        var auth = CookiesOf(response).Where(c => c.StartsWith("LiqunCompliance.Auth", StringComparison.Ordinal)).ToList();
        return auth.Count > 0 ? string.Join("; ", jar.Concat(auth)) : throw new InvalidOperationException($"Sign-in as {email} set no cookie: {(int)response.StatusCode}");
    }

    private static List<string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]).ToList() : [];

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        var match = TokenPattern().Match(page);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {path}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
