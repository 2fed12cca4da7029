using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>
/// Every page of the portal and the roles that may open it. Each page a feature adds goes here:
/// a test fails when a routable page is missing from this table.
/// </summary>
public static class PageAccessTable
{
    private static readonly string[] Everyone = [.. Roles.All];
    private static readonly string[] RequestReaders = [Roles.PrivacyOfficer, Roles.CustomerServiceSupervisor, Roles.Auditor];
    private static readonly string[] IncidentReaders = [Roles.PrivacyOfficer, Roles.Management, Roles.Auditor, Roles.Administrator];
    private static readonly string[] RequestTakers = [Roles.PrivacyOfficer, Roles.CustomerServiceSupervisor];

    /// <summary>Stands for a route parameter: the test puts a real request's (or register entry's, under /register) id there; a register entry's under /register, a policy revision's under /policies).</summary>
    public const string RequestIdTemplate = "{Id:guid}";

    public static IReadOnlyList<(string Path, string[] Roles)> Protected { get; } =
    [
        ("/", Everyone),
        ("/dashboard", Everyone),
        ("/audit", [Roles.Auditor, Roles.Administrator]),
        ("/admin/users", [Roles.Administrator]),
        ("/admin/calendar", [Roles.Administrator]),
        ("/admin/deadline-rules", [Roles.Administrator]),
        ("/admin/api-clients", [Roles.Administrator]),
        ("/requests", RequestReaders),
        ("/requests/new", RequestTakers),
        ("/requests/" + RequestIdTemplate, RequestReaders),
        ("/register", Everyone),
        ("/register/lists", Everyone),
        ("/register/catalogue", Everyone),
        ("/register/new", [Roles.PrivacyOfficer]),
        ("/register/" + RequestIdTemplate, Everyone),
        ("/register/" + RequestIdTemplate + "/edit", [Roles.PrivacyOfficer]),
        ("/policies", Everyone),
        ("/policies/new", [Roles.PrivacyOfficer]),
        ("/policies/revisions/" + RequestIdTemplate, Everyone),
        ("/incidents", IncidentReaders),
        ("/incidents/new", [Roles.PrivacyOfficer]),
        ("/incidents/templates", IncidentReaders),
        ("/incidents/" + RequestIdTemplate, IncidentReaders),
        ("/admin/incident-settings", [Roles.Administrator]),
        ("/Account/Manage", Everyone),
        ("/Account/Manage/ChangePassword", Everyone),
        ("/Account/Manage/TwoFactorAuthentication", Everyone),
        ("/Account/Manage/EnableAuthenticator", Everyone),
        ("/Account/Manage/Disable2fa", Everyone),
        ("/Account/Manage/ResetAuthenticator", Everyone),
        ("/Account/Manage/GenerateRecoveryCodes", Everyone),
    ];

    /// <summary>Pages anyone may open without signing in.</summary>
    public static IReadOnlyList<string> Anonymous { get; } =
    [
        "/Account/Login",
        "/Account/LoginWith2fa",
        "/Account/LoginWithRecoveryCode",
        "/Account/Lockout",
        "/Account/AccessDenied",
        "/Account/InvalidUser",
        "/privacy-policy",
        "/privacy-policy/archive",
        "/privacy-policy/documents/{Key}",
        "/privacy-policy/versions/{Label}",
        "/security-notices",
        "/security-notices/{Id:guid}",
        "/privacy-policy/sdk-list",
        "/privacy-policy/collection-list",
        "/privacy-center",
        "/privacy-center/track",
        "/privacy-center/track/status",
        "/privacy-center/verify/{ChallengeId:guid}",
        "/Error",
        "/not-found",
    ];

    public static IEnumerable<(string Path, string Role, bool Allowed)> Cases() =>
        from page in Protected
        from role in Roles.All
        select (page.Path, role, page.Roles.Contains(role));

    /// <summary>Real ids of the demo data for the route parameter: the first request, register entry, policy revision and incident.</summary>
    public static async Task<RouteIds> IdsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var ct = TestContext.Current.CancellationToken;
        return new RouteIds(
            (await db.PrivacyRequests.OrderBy(r => r.Reference).Select(r => r.Id).FirstAsync(ct)).ToString(),
            (await db.RegisterEntries.OrderBy(r => r.Name).Select(r => r.Id).FirstAsync(ct)).ToString(),
            (await db.PolicyRevisions.OrderBy(r => r.Label).Select(r => r.Id).FirstAsync(ct)).ToString(),
            (await db.Incidents.OrderBy(i => i.Reference).Select(i => i.Id).FirstAsync(ct)).ToString());
    }

    /// <summary>The page's path with the route parameter replaced by the id of the record kind its section shows.</summary>
    public static string Resolve(string template, RouteIds ids)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(ids);
        return template.Replace(RequestIdTemplate,
            template.Split('/')[1] switch { "register" => ids.Entry, "policies" => ids.Revision, "incidents" => ids.Incident, _ => ids.Request },
            StringComparison.Ordinal);
    }
}

/// <summary>Ids to put in routes (see <see cref="PageAccessTable.Resolve"/>).</summary>
public sealed record RouteIds(string Request, string Entry, string Revision, string Incident);
