using LiqunCompliance.Domain.Identity;

namespace LiqunCompliance.Tests.Domain.Identity;

public sealed class PoliciesTests
{
    [Theory]
    [InlineData(Policies.ViewAuditTrail, Roles.Auditor, true)]
    [InlineData(Policies.ViewAuditTrail, Roles.Administrator, true)]
    [InlineData(Policies.ViewAuditTrail, Roles.PrivacyOfficer, false)]
    [InlineData(Policies.ViewAuditTrail, Roles.Management, false)]
    [InlineData(Policies.ManageUsers, Roles.Administrator, true)]
    [InlineData(Policies.ManageUsers, Roles.Auditor, false)]
    [InlineData(Policies.Staff, Roles.CustomerServiceSupervisor, true)]
    [InlineData("NoSuchPolicy", Roles.Administrator, false)]
    public void Allows_FollowsTheTable(string policy, string role, bool expected) =>
        Policies.Allows(policy, [role]).ShouldBe(expected);

    [Fact]
    public void Allows_NoRoles_NeverAllowed()
    {
        Policies.RolesByPolicy.Keys.ShouldAllBe(p => !Policies.Allows(p, Array.Empty<string>()));
    }

    [Fact]
    public void EveryPolicy_NamesOnlyKnownRoles()
    {
        Policies.RolesByPolicy.Values.SelectMany(r => r).ShouldAllBe(r => Roles.IsKnown(r));
    }

    [Fact]
    public void Roles_AreTheFiveOfTheOffice()
    {
        Roles.All.ShouldBe(["Administrator", "PrivacyOfficer", "CustomerServiceSupervisor", "Management", "Auditor"]);
    }
}
