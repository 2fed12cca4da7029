using LiqunCompliance.Domain.Identity;

namespace LiqunCompliance.Tests.Domain.Identity;

public sealed class PoliciesTests
{
    [Theory]
    [InlineData(AccessPolicies.ViewAuditTrail, Roles.Auditor, true)]
    [InlineData(AccessPolicies.ViewAuditTrail, Roles.Administrator, true)]
    [InlineData(AccessPolicies.ViewAuditTrail, Roles.PrivacyOfficer, false)]
    [InlineData(AccessPolicies.ViewAuditTrail, Roles.Management, false)]
    [InlineData(AccessPolicies.ManageUsers, Roles.Administrator, true)]
    [InlineData(AccessPolicies.ManageUsers, Roles.Auditor, false)]
    [InlineData(AccessPolicies.Staff, Roles.CustomerServiceSupervisor, true)]
    [InlineData("NoSuchPolicy", Roles.Administrator, false)]
    public void Allows_FollowsTheTable(string policy, string role, bool expected) =>
        AccessPolicies.Allows(policy, [role]).ShouldBe(expected);

    [Fact]
    public void Allows_NoRoles_NeverAllowed()
    {
        AccessPolicies.RolesByPolicy.Keys.ShouldAllBe(p => !AccessPolicies.Allows(p, Array.Empty<string>()));
    }

    [Fact]
    public void EveryPolicy_NamesOnlyKnownRoles()
    {
        AccessPolicies.RolesByPolicy.Values.SelectMany(r => r).ShouldAllBe(r => Roles.IsKnown(r));
    }

    [Fact]
    public void Roles_AreTheFiveOfTheOffice()
    {
        Roles.All.ShouldBe(["Administrator", "PrivacyOfficer", "CustomerServiceSupervisor", "Management", "Auditor"]);
    }
}
