using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace LiqunCompliance.Web.Components.Account;

/// <summary>Redirects for the static Identity pages, carrying a one-shot status message in a cookie.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";
    private const string ErrorPrefix = "e|";
    private const string OkPrefix = "s|";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public static string? MessageText(string? cookie) => cookie is { Length: > 2 } ? cookie[2..] : null;

    public static bool IsErrorMessage(string? cookie) => cookie?.StartsWith(ErrorPrefix, StringComparison.Ordinal) == true;

    public void RedirectTo(string? uri)
    {
        // Only addresses on this site (a path, or this site's absolute URL); an off-site or malformed one (a returnUrl
        // from a link) sends the user home.
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && navigationManager.ToAbsoluteUri("/").IsBaseOf(absolute))
        {
            uri = absolute.PathAndQuery;
        }

        navigationManager.NavigateTo(Infrastructure.LocalUrl.OrHome(uri));
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        RedirectTo(navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters));
    }

    public void RedirectToWithStatus(string uri, string message, bool isError, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, (isError ? ErrorPrefix : OkPrefix) + message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, bool isError, HttpContext context) =>
        RedirectToWithStatus(CurrentPath, message, isError, context);

    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context) =>
        RedirectTo("/Account/InvalidUser");
}
