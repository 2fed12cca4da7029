namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// Whether a return address stays on this site: a path from the root ("/audit?x=1"), never "//host", "/\host", a
/// scheme, or a control character. Anything else is ignored and the user goes home; it never becomes an error.
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.Length > 2048)
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        return !url.Any(char.IsControl);
    }

    /// <summary>The address itself when local, otherwise the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
