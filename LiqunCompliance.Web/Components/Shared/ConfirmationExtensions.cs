using MudBlazor;

namespace LiqunCompliance.Web.Components.Shared;

/// <summary>Asks before an irreversible step, showing what it will do (<see cref="ConfirmDialog"/>).</summary>
public static class ConfirmationExtensions
{
    /// <returns>True when the user confirmed; false when they cancelled or closed the dialog.</returns>
    public static async Task<bool> ConfirmAsync(
        this IDialogService dialogs, string title, string confirmText, IReadOnlyList<string> lines, string? intro = null, string? preview = null, bool danger = false)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.ConfirmText, confirmText },
            { d => d.Lines, lines },
            { d => d.Intro, intro },
            { d => d.Preview, preview },
            { d => d.Danger, danger },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
