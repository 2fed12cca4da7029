using System.Net;
using System.Reflection;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

public sealed class AuthorizationTableTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    [Fact]
    public async Task EveryProtectedPage_EveryRole_ReachableExactlyByAllowedRoles()
    {
        var failures = new List<string>();
        var ids = await PageAccessTable.IdsAsync(factory.Services);
        foreach (var role in Roles.All)
        {
            var account = DemoAccounts.All.First(a => a.Role == role);
            using var client = await factory.SignInAsync(account.Email);
            foreach (var (template, allowedRoles) in PageAccessTable.Protected)
            {
                var path = PageAccessTable.Resolve(template, ids);
                var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                var allowed = allowedRoles.Contains(role);
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                var denied = response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/AccessDenied", StringComparison.Ordinal);
                var reached = response.StatusCode == HttpStatusCode.OK
                    || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/Manage", StringComparison.Ordinal));
                var ok = allowed ? reached : denied;
                if (!ok)
                {
                    failures.Add($"{role} {path}: {(int)response.StatusCode} {location} (expected {(allowed ? "200" : "access denied")})");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryProtectedPage_Anonymous_RedirectsToSignIn()
    {
        using var client = factory.CreateBrowserLikeClient();
        var ids = await PageAccessTable.IdsAsync(factory.Services);
        foreach (var (template, _) in PageAccessTable.Protected)
        {
            var path = PageAccessTable.Resolve(template, ids);
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.OriginalString.ShouldContain("/Account/Login", Case.Sensitive, path);
        }
    }

    [Fact]
    public async Task AnonymousPages_Anonymous_AreServed()
    {
        using var client = factory.CreateBrowserLikeClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var announcement = (await scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Incidents.NoticeService>()
            .AnnouncementsAsync(TestContext.Current.CancellationToken))[0].Id.ToString();
        foreach (var template in PageAccessTable.Anonymous.Where(p => !p.Contains("LoginWith", StringComparison.Ordinal)))
        {
            // Real subjects: an unknown one answers 404 (HostileInputTests.UnknownPublicDocument_404).
            var path = template.Replace("{Id:guid}", announcement, StringComparison.Ordinal)
                .Replace("{Key}", "account-cancellation", StringComparison.Ordinal).Replace("{Label}", "2022-08-29", StringComparison.Ordinal)
                .Replace("{ChallengeId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }
    }

    private async Task<string> AnyRequestIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        return (await db.PrivacyRequests.OrderBy(r => r.Reference).Select(r => r.Id).FirstAsync(TestContext.Current.CancellationToken)).ToString();
    }



    [Fact]
    public void RoutablePages_AllListedInTheTable()
    {
        var listed = PageAccessTable.Protected.Select(p => p.Path).Concat(PageAccessTable.Anonymous).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .ToList();

        routes.ShouldNotBeEmpty();
        routes.Where(r => !listed.Contains(r)).ShouldBeEmpty("every page must be in PageAccessTable");
    }
}
