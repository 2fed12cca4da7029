using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace LiqunCompliance.Web.Components.Layout;

/// <summary>
/// Around the page body: an exception in a page (a handler or a render) shows a localised message with a reference
/// the administrator can find in the log, and the circuit, the layout and the navigation stay alive (the failed action
/// itself saved nothing: every write is one transaction). A refused authorisation reads as access denied. The
/// framework tears down the page that failed, so "back to the page" renders it afresh; forms keep what was typed by
/// catching their own expected failures, this is the last resort for the unexpected.
/// </summary>
public sealed class PageErrorBoundary : ErrorBoundaryBase
{
    private string? _reference;

    [Inject] private ILogger<PageErrorBoundary> Logger { get; set; } = default!;

    /// <summary>The message, the reference and the dismiss button; the boundary passes what went wrong.</summary>
    [Parameter, EditorRequired] public RenderFragment<PageError> Message { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _reference = Activity.Current?.TraceId.ToString() is { Length: > 0 } trace && trace != default(ActivityTraceId).ToString()
            ? trace[..12]
            : Guid.NewGuid().ToString("N")[..12];
        if (exception is not UnauthorizedAccessException)
        {
            // The type and the stack, never the message: a message can quote what the user typed.
            Logger.LogError("Page error {Reference}: {ExceptionType} at {StackTrace}", _reference, exception.GetType().FullName, exception.StackTrace);
        }

        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (CurrentException is { } exception)
        {
            builder.AddContent(0, Message(new PageError(exception is UnauthorizedAccessException, _reference ?? string.Empty, Recover)));
        }
        else
        {
            builder.AddContent(1, ChildContent);
        }
    }
}

/// <param name="AccessDenied">The action was refused by an authorisation policy, not broken.</param>
/// <param name="Reference">What the administrator searches the log for.</param>
/// <param name="BackToPage">Hides the message and renders the page afresh.</param>
public sealed record PageError(bool AccessDenied, string Reference, Action BackToPage);
