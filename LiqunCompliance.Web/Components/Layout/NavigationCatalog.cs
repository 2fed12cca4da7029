using LiqunCompliance.Domain.Identity;
using MudBlazor;

namespace LiqunCompliance.Web.Components.Layout;

/// <summary>A link in the drawer: its text key, address, icon and the policy a user needs to see it.</summary>
public sealed record NavigationEntry(string TextKey, string Href, string Icon, string Policy);

/// <summary>A group of the drawer, one per feature area.</summary>
public sealed record NavigationGroup(string TextKey, string Icon, IReadOnlyList<NavigationEntry> Entries);

/// <summary>
/// The drawer's content. A feature adds its pages here with the same policy its pages carry;
/// the drawer shows an entry only when that policy admits the user.
/// </summary>
public static class NavigationCatalog
{
    public static IReadOnlyList<NavigationGroup> Groups { get; } =
    [
        new("Nav.Group.Workspace", Icons.Material.Outlined.Dashboard,
        [
            new("Nav.Home", "/", Icons.Material.Outlined.Home, AccessPolicies.Staff),
            new("Nav.Dashboard", "/dashboard", Icons.Material.Outlined.Insights, AccessPolicies.Staff),
        ]),
        new("Nav.Group.Requests", Icons.Material.Outlined.Inbox,
        [
            new("Nav.RequestQueue", "/requests", Icons.Material.Outlined.ListAlt, AccessPolicies.ViewRequests),
            new("Nav.NewRequest", "/requests/new", Icons.Material.Outlined.AddCircleOutline, AccessPolicies.IntakeRequests),
        ]),
        new("Nav.Group.Register", Icons.Material.Outlined.Hub,
        [
            new("Nav.Register", "/register", Icons.Material.Outlined.Apps, AccessPolicies.ViewRegister),
            new("Nav.RegisterLists", "/register/lists", Icons.Material.Outlined.Publish, AccessPolicies.ViewRegister),
            new("Nav.Catalogue", "/register/catalogue", Icons.Material.Outlined.Category, AccessPolicies.ViewRegister),
        ]),
        new("Nav.Group.Policies", Icons.Material.Outlined.Policy,
        [
            new("Nav.Policies", "/policies", Icons.Material.Outlined.Description, AccessPolicies.ViewPolicyRevisions),
        ]),
        new("Nav.Group.Incidents", Icons.Material.Outlined.ReportProblem,
        [
            new("Nav.Incidents", "/incidents", Icons.Material.Outlined.Warning, AccessPolicies.ViewIncidents),
            new("Nav.NoticeTemplates", "/incidents/templates", Icons.Material.Outlined.MarkEmailRead, AccessPolicies.ViewIncidents),
        ]),
        new("Nav.Group.Audit", Icons.Material.Outlined.FactCheck,
        [
            new("Nav.AuditTrail", "/audit", Icons.Material.Outlined.ReceiptLong, AccessPolicies.ViewAuditTrail),
        ]),
        new("Nav.Group.Admin", Icons.Material.Outlined.AdminPanelSettings,
        [
            new("Nav.Users", "/admin/users", Icons.Material.Outlined.ManageAccounts, AccessPolicies.ManageUsers),
            new("Nav.Calendar", "/admin/calendar", Icons.Material.Outlined.CalendarMonth, AccessPolicies.ManageSettings),
            new("Nav.DeadlineRules", "/admin/deadline-rules", Icons.Material.Outlined.Timer, AccessPolicies.ManageSettings),
            new("Nav.ApiClients", "/admin/api-clients", Icons.Material.Outlined.Key, AccessPolicies.ManageSettings),
            new("Nav.IncidentSettings", "/admin/incident-settings", Icons.Material.Outlined.Tune, AccessPolicies.ManageSettings),
        ]),
        new("Nav.Group.Account", Icons.Material.Outlined.AccountCircle,
        [
            new("Nav.MyAccount", "/Account/Manage", Icons.Material.Outlined.Person, AccessPolicies.Staff),
            new("Nav.TwoFactor", "/Account/Manage/TwoFactorAuthentication", Icons.Material.Outlined.Security, AccessPolicies.Staff),
        ]),
    ];

    /// <summary>
    /// The one entry to highlight for a path: the entry whose address is the path or its longest ancestor
    /// (/requests/{id} → the queue; /requests/new → 登记请求 only; /incidents/{id} → 事件台账). "/" matches only itself.
    /// </summary>
    public static string? ActiveHref(string path)
    {
        var normalised = string.IsNullOrEmpty(path) ? "/" : path;
        return Groups.SelectMany(g => g.Entries).Select(e => e.Href)
            .Where(h => string.Equals(normalised, h, StringComparison.OrdinalIgnoreCase)
                || (h != "/" && normalised.StartsWith(h + "/", StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(h => h.Length).FirstOrDefault();
    }
}
