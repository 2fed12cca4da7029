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
}
