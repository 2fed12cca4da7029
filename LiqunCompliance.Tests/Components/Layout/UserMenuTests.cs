using Bunit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Components.Layout;

namespace LiqunCompliance.Tests.Components.Layout;

public sealed class UserMenuTests : ComponentTestContext
{
    [Fact]
    public void Render_ShowsDisplayNameAndLocalisedRoles()
    {
        var user = Principal("officer@demo.liqun", Roles.PrivacyOfficer, Roles.Auditor);

        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        cut.Find("[data-testid=user-name]").TextContent.ShouldBe("显示名 officer@demo.liqun");
        cut.Find("[data-testid=user-roles]").TextContent.ShouldBe("个人信息保护专员 · 审计");
    }
}
