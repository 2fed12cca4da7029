using LiqunCompliance.Web.Components.Shared;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace LiqunCompliance.Web.Features.Admin;

public partial class Users
{
    private IReadOnlyList<UserSummary>? _users;

    [Inject] private UserAdministrationService Administration { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _users = await Administration.ListAsync();

    private Task CreateAsync() => OpenAsync<UserDialog>(Text["Users.New"], []);

    private Task EditAsync(UserSummary user) =>
        OpenAsync<UserDialog>(Text["Users.Edit"], new DialogParameters<UserDialog> { { d => d.Existing, user } });

    private Task ResetPasswordAsync(UserSummary user) =>
        OpenAsync<ResetPasswordDialog>(Text["Users.ResetPassword"], new DialogParameters<ResetPasswordDialog> { { d => d.User, user } });

    /// <summary>Locking ends the person's sessions at once and lasts until an Administrator unlocks: confirmed with a summary.</summary>
    private bool _locking;

    private async Task LockAsync(UserSummary user)
    {
        if (_locking)
        {
            return; // one question at a time
        }

        _locking = true;
        try
        {
            await LockConfirmedAsync(user);
        }
        finally
        {
            _locking = false;
        }
    }

    private async Task LockConfirmedAsync(UserSummary user)
    {
        var lines = new List<string> { Text["Users.Confirm.LockSessions"], Text["Users.Confirm.LockUntil"] };
        if (!await Dialogs.ConfirmAsync(Text["Users.Confirm.LockTitle", user.DisplayName, user.Email], Text["Users.Lock"], lines, danger: true))
        {
            return;
        }

        Report(await Administration.LockAsync(user.Id), Text["Users.LockedNamed", user.DisplayName]);
        await ReloadAsync();
    }

    private async Task UnlockAsync(UserSummary user)
    {
        Report(await Administration.UnlockAsync(user.Id), Text["Users.UnlockedNamed", user.DisplayName]);
        await ReloadAsync();
    }

    private async Task OpenAsync<TDialog>(string title, DialogParameters parameters)
        where TDialog : ComponentBase
    {
        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add(Text[typeof(TDialog) == typeof(ResetPasswordDialog) ? "Users.PasswordResetDone" : "Users.SavedUser"], Severity.Success);
            await ReloadAsync();
        }
    }

    private void Report(OperationResult result, string success)
    {
        if (result.Succeeded)
        {
            Snackbar.Add(success, Severity.Success);
        }
        else
        {
            foreach (var error in result.Messages)
            {
                Snackbar.Add(error, Severity.Error);
            }
        }
    }
}
