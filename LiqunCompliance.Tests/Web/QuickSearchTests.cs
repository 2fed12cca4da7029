using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>Issue 16: the app bar's quick search finds requests, incidents, register entries and policy versions the user may open.</summary>
public sealed class QuickSearchTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Officer_FindsEachKind_ByNumberOrName_AndEachHitOpensItsPage()
    {
        await using var scope = factory.ScopeAs("officer-qs", "officer@demo.liqun", Roles.PrivacyOfficer);
        var search = scope.ServiceProvider.GetRequiredService<QuickSearchService>();

        var request = await search.FindAsync("lq-2026-00000", Ct);
        var incident = await search.FindAsync("INC-2026-0001", Ct);
        var incidentByTitle = await search.FindAsync("撞库", Ct);
        var entry = await search.FindAsync("腾讯地图", Ct);
        var version = await search.FindAsync(PolicySeeder.DraftLabel, Ct);

        request.ShouldNotBeEmpty();
        request.ShouldAllBe(h => h.Kind == QuickSearchKind.Request && h.Title.StartsWith("LQ-2026-00000") && h.Href.StartsWith("/requests/"));
        request.Count.ShouldBeLessThanOrEqualTo(QuickSearchService.PerKind);
        incident.ShouldContain(h => h.Kind == QuickSearchKind.Incident && h.Title == "INC-2026-0001" && h.Detail.Contains("推送 SDK"));
        incidentByTitle.ShouldContain(h => h.Kind == QuickSearchKind.Incident && h.Title == "INC-2026-0003");
        entry.ShouldContain(h => h.Kind == QuickSearchKind.RegisterEntry && h.Title.Contains("腾讯地图") && h.Href.StartsWith("/register/"));
        version.ShouldContain(h => h.Kind == QuickSearchKind.PolicyRevision && h.Title == PolicySeeder.DraftLabel && h.Href.StartsWith("/policies/revisions/"));
    }

    [Fact]
    public async Task OnlyWhatTheRoleMayOpen_IsFound()
    {
        await using var cs = factory.ScopeAs("cs-qs", "cs@demo.liqun", Roles.CustomerServiceSupervisor);
        await using var manager = factory.ScopeAs("m-qs", "manager@demo.liqun", Roles.Management);

        var forSupervisor = await cs.ServiceProvider.GetRequiredService<QuickSearchService>().FindAsync("INC-2026", Ct);
        var forManager = await manager.ServiceProvider.GetRequiredService<QuickSearchService>().FindAsync("LQ-2026", Ct);

        forSupervisor.ShouldNotContain(h => h.Kind == QuickSearchKind.Incident); // supervisors do not open incidents
        forManager.ShouldNotContain(h => h.Kind == QuickSearchKind.Request); // management reads figures, not requests (ADR 0009)
    }

    [Theory]
    [InlineData("")]
    [InlineData("L")]
    [InlineData(null)]
    public async Task TooShort_FindsNothing(string? entry)
    {
        await using var scope = factory.ScopeAs("officer-qs", "officer@demo.liqun", Roles.PrivacyOfficer);

        (await scope.ServiceProvider.GetRequiredService<QuickSearchService>().FindAsync(entry, Ct)).ShouldBeEmpty();
    }
}
