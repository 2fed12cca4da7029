namespace LiqunCompliance.Domain.Identity;

/// <summary>The five roles of the data-protection office (design/domain.md, "Roles").</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string PrivacyOfficer = nameof(PrivacyOfficer);
    public const string CustomerServiceSupervisor = nameof(CustomerServiceSupervisor);
    public const string Management = nameof(Management);
    public const string Auditor = nameof(Auditor);

    public static IReadOnlyList<string> All { get; } =
        [Administrator, PrivacyOfficer, CustomerServiceSupervisor, Management, Auditor];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
