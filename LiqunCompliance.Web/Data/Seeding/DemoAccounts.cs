using LiqunCompliance.Domain.Identity;

namespace LiqunCompliance.Web.Data;

public sealed record DemoAccount(string Email, string DisplayName, string Role);

/// <summary>One demo account per role (two privacy officers, for the four-eyes rule), created on first run in demo mode.</summary>
public static class DemoAccounts
{
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@demo.liqun", "王磊", Roles.Administrator),
        new("officer@demo.liqun", "李娜", Roles.PrivacyOfficer),
        new("reviewer@demo.liqun", "赵敏", Roles.PrivacyOfficer),
        new("cs@demo.liqun", "张伟", Roles.CustomerServiceSupervisor),
        new("manager@demo.liqun", "刘洋", Roles.Management),
        new("auditor@demo.liqun", "陈静", Roles.Auditor),
    ];
}
