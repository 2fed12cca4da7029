using Bunit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Components.Layout;

namespace LiqunCompliance.Tests.Components.Layout;

public sealed class NavMenuTests : ComponentTestContext
{
    private static readonly string[] Account = ["/Account/Manage", "/Account/Manage/TwoFactorAuthentication"];
    private static readonly string[] Incidents = ["/incidents", "/incidents/templates"];
    private static readonly string[] Register = ["/register", "/register/lists", "/register/catalogue", "/policies"];

    public static TheoryData<string, string[]> ExpectedLinks() => new()
    {
        { Roles.Administrator, ["/", "/dashboard", .. Register, .. Incidents, "/audit", "/admin/users", "/admin/calendar", "/admin/deadline-rules", "/admin/api-clients", "/admin/incident-settings", .. Account] },
        { Roles.Auditor, ["/", "/dashboard", "/requests", .. Register, .. Incidents, "/audit", .. Account] },
        { Roles.PrivacyOfficer, ["/", "/dashboard", "/requests", "/requests/new", .. Register, .. Incidents, .. Account] },
        { Roles.CustomerServiceSupervisor, ["/", "/dashboard", "/requests", "/requests/new", .. Register, .. Account] },
        { Roles.Management, ["/", "/dashboard", .. Register, .. Incidents, .. Account] },
    };

    [Theory]
    [MemberData(nameof(ExpectedLinks))]
    public void Render_EachRole_ShowsOnlyPermittedEntries(string role, string[] expected)
    {
        AuthenticationState.SignIn(Principal("user@demo.liqun", role));

        var cut = Render<NavMenu>();

        cut.FindAll("[data-nav]").Select(a => a.GetAttribute("data-nav")).ShouldBe(expected);
    }

    [Fact]
    public void Render_Anonymous_ShowsNothing()
    {
        var cut = Render<NavMenu>();

        cut.FindAll("[data-nav]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_Administrator_GroupHeadingsInChinese()
    {
        AuthenticationState.SignIn(Principal("admin@demo.liqun", Roles.Administrator));

        var cut = Render<NavMenu>();

        cut.Markup.ShouldContain("系统管理");
        cut.Markup.ShouldContain("审计日志");
        cut.Markup.ShouldContain("用户与角色");
    }

    [Fact]
    public void Render_Auditor_NoAdministrationGroup()
    {
        AuthenticationState.SignIn(Principal("auditor@demo.liqun", Roles.Auditor));

        var cut = Render<NavMenu>();

        cut.Markup.ShouldNotContain("系统管理");
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/requests", "/requests")]
    [InlineData("/requests/new", "/requests/new")] // not the queue as well
    [InlineData("/requests/6f9c2a3e-0000-0000-0000-000000000001", "/requests")]
    [InlineData("/incidents/6f9c2a3e-0000-0000-0000-000000000001", "/incidents")]
    [InlineData("/incidents/templates", "/incidents/templates")]
    [InlineData("/register/lists", "/register/lists")]
    [InlineData("/Account/Manage/TwoFactorAuthentication", "/Account/Manage/TwoFactorAuthentication")]
    [InlineData("/privacy-policy", null)]
    public void OneEntryIsActivePerPage_TheClosest(string path, string? expected) =>
        NavigationCatalog.ActiveHref(path).ShouldBe(expected);
}
