using System.Net;
using System.Text.RegularExpressions;
using LiqunCompliance.Tests.TestSupport;

namespace LiqunCompliance.Tests.Web;

/// <summary>
/// No role meets a link it cannot follow (ADR 0009): for every demo role, its home page, its dashboard and every page
/// either links to are fetched, and every link on them must open for that role (no sign-in page, no 无权访问, no error).
/// </summary>
public sealed partial class LinkCrawlTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("officer@demo.liqun")]
    [InlineData("cs@demo.liqun")]
    [InlineData("manager@demo.liqun")]
    [InlineData("auditor@demo.liqun")]
    [InlineData("admin@demo.liqun")]
    public async Task EveryLinkARoleSees_Opens(string email)
    {
        using var client = await factory.SignInAsync(email);
        var visited = new Dictionary<string, string>(StringComparer.Ordinal);
        var dead = new List<string>();
        var frontier = new Queue<(string Url, int Depth, string From)>([("/", 0, "start"), ("/dashboard", 0, "start")]);
        while (frontier.Count > 0)
        {
            var (url, depth, from) = frontier.Dequeue();
            if (visited.ContainsKey(url))
            {
                continue;
            }

            var (status, finalUrl, body) = await FetchAsync(client, url);
            visited[url] = from;
            if (status != HttpStatusCode.OK || finalUrl.Contains("/Account/Login", StringComparison.Ordinal) || finalUrl.Contains("/Account/AccessDenied", StringComparison.Ordinal)
                || body.Contains("无权访问", StringComparison.Ordinal))
            {
                dead.Add($"{url} (linked from {from}): {(int)status} {finalUrl}");
                continue;
            }

            if (depth >= 1 || body.Length == 0)
            {
                continue;
            }

            foreach (Match link in Href().Matches(body))
            {
                var target = WebUtility.HtmlDecode(link.Groups["url"].Value);
                if (Followable(target) && !visited.ContainsKey(target))
                {
                    frontier.Enqueue((target, depth + 1, url));
                }
            }
        }

        dead.ShouldBeEmpty($"{email} meets links it cannot follow");
        visited.Count.ShouldBeGreaterThan(5);
    }

    private static bool Followable(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/_", StringComparison.Ordinal) && !url.StartsWith("/css/", StringComparison.Ordinal) && !url.StartsWith("/js/", StringComparison.Ordinal)
        && !url.Contains("Logout", StringComparison.OrdinalIgnoreCase) && !url.EndsWith(".png", StringComparison.Ordinal) && !url.EndsWith(".ico", StringComparison.Ordinal)
        && !url.StartsWith("/reports/regulator-pack", StringComparison.Ordinal); // a large download: RegulatorPackTests open it for each role

    /// <summary>GET, following redirects inside the portal; only HTML bodies are read (files just need a 200).</summary>
    private static async Task<(HttpStatusCode Status, string FinalUrl, string Body)> FetchAsync(HttpClient client, string url)
    {
        for (var hop = 0; hop < 4; hop++)
        {
            using var response = await client.GetAsync(url, Ct);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } next)
            {
                url = next.IsAbsoluteUri ? next.PathAndQuery : next.OriginalString;
                continue;
            }

            var html = response.Content.Headers.ContentType?.MediaType == "text/html";
            return (response.StatusCode, url, html ? await response.Content.ReadAsStringAsync(Ct) : string.Empty);
        }

        return (HttpStatusCode.LoopDetected, url, string.Empty);
    }

    [GeneratedRegex("href=\"(?<url>[^\"#]+)\"")]
    private static partial Regex Href();
}
