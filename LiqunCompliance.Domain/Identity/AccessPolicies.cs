namespace LiqunCompliance.Domain.Identity;

/// <summary>
/// Named authorisation policies and the roles each admits. The web host turns this table into
/// ASP.NET Core policies; pages, services and endpoints refer to the names only.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Any member of staff with at least one of the five roles.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Read the audit trail and verify its chain.</summary>
    public const string ViewAuditTrail = nameof(ViewAuditTrail);

    /// <summary>Create users, assign roles, lock, unlock, reset passwords.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>Open the request queue and a request's details (contact data masked).</summary>
    public const string ViewRequests = nameof(ViewRequests);

    /// <summary>Record a new request (hotline, e-mail, letter).</summary>
    public const string IntakeRequests = nameof(IntakeRequests);

    /// <summary>Verify identity, assign, add notes, move a request along, complete it, send the answer.</summary>
    public const string WorkRequests = nameof(WorkRequests);

    /// <summary>Decide a refusal (policy 五.5): privacy officers only.</summary>
    public const string DecideRefusals = nameof(DecideRefusals);

    /// <summary>See a requester's contact data in clear (an audited action) and export it unmasked.</summary>
    public const string RevealPersonalData = nameof(RevealPersonalData);

    /// <summary>Working-day calendar, deadline rules, API clients.</summary>
    public const string ManageSettings = nameof(ManageSettings);

    /// <summary>Read the register of SDKs and partners, the catalogue and the list drafts.</summary>
    public const string ViewRegister = nameof(ViewRegister);

    /// <summary>Change register entries and the catalogue, record reviews, publish the lists.</summary>
    public const string ManageRegister = nameof(ManageRegister);

    /// <summary>Read policy documents and their revisions, including drafts.</summary>
    public const string ViewPolicyRevisions = nameof(ViewPolicyRevisions);

    /// <summary>Draft, edit, review, approve, withdraw and publish revisions (the domain adds the four-eyes rule).</summary>
    public const string ManagePolicyRevisions = nameof(ManagePolicyRevisions);

    /// <summary>Read incidents, their grade, reports and notices.</summary>
    public const string ViewIncidents = nameof(ViewIncidents);

    /// <summary>Log and work incidents, grade them, record reports, write templates and issue notices.</summary>
    public const string ManageIncidents = nameof(ManageIncidents);

    /// <summary>The dashboard's figures, monthly PDF and Excel reports, and the regulator pack.</summary>
    public const string ViewReports = nameof(ViewReports);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Staff] = Roles.All,
            [ViewAuditTrail] = [Roles.Auditor, Roles.Administrator],
            [ManageUsers] = [Roles.Administrator],
            [ViewRequests] = [Roles.PrivacyOfficer, Roles.CustomerServiceSupervisor, Roles.Auditor],
            [IntakeRequests] = [Roles.PrivacyOfficer, Roles.CustomerServiceSupervisor],
            [WorkRequests] = [Roles.PrivacyOfficer, Roles.CustomerServiceSupervisor],
            [DecideRefusals] = [Roles.PrivacyOfficer],
            [RevealPersonalData] = [Roles.PrivacyOfficer, Roles.CustomerServiceSupervisor],
            [ManageSettings] = [Roles.Administrator],
            [ViewRegister] = Roles.All,
            [ManageRegister] = [Roles.PrivacyOfficer],
            [ViewPolicyRevisions] = Roles.All,
            [ManagePolicyRevisions] = [Roles.PrivacyOfficer],
            [ViewIncidents] = [Roles.PrivacyOfficer, Roles.Management, Roles.Auditor, Roles.Administrator],
            [ManageIncidents] = [Roles.PrivacyOfficer],
            [ViewReports] = [Roles.Management, Roles.PrivacyOfficer, Roles.Auditor],
        };

    public static bool Allows(string policy, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return RolesByPolicy.TryGetValue(policy, out var allowed) && roles.Any(allowed.Contains);
    }
}
