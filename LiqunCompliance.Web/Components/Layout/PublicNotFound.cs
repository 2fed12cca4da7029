using Microsoft.AspNetCore.Components;

namespace LiqunCompliance.Web.Components.Layout;

/// <summary>
/// A public page whose subject does not exist (an unknown policy version, document or notice) answers 404 with the
/// portal's not-found page, so that search engines, link checkers and inspectors' tools see that the address is wrong.
/// </summary>
public static class PublicNotFound
{
    public static void Mark(NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        navigation.NotFound();
    }

    /// <summary>
    /// Where the not-found page points a reader of the public pages: the policy archive for an unknown version or
    /// document, the announcements for an unknown notice; null elsewhere (the page offers the way home).
    /// </summary>
    public static (string Href, string TextKey)? WayBack(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith("/privacy-policy", StringComparison.OrdinalIgnoreCase) ? ("/privacy-policy/archive", "Public.Policy.Archive")
            : path.StartsWith("/security-notices", StringComparison.OrdinalIgnoreCase) ? ("/security-notices", "Public.Notices.Title")
            : null;
    }
}
