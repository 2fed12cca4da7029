namespace LiqunCompliance.Web.Components.Layout;

/// <summary>
/// A public page whose subject does not exist (an unknown policy version, document or notice) answers 404 with its own
/// explanation, so that search engines, link checkers and inspectors' tools see that the address is wrong.
/// </summary>
public static class PublicNotFound
{
    public static void Mark(HttpContext? context)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
