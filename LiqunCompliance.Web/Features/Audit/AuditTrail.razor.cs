using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Web.Components.Shared;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace LiqunCompliance.Web.Features.Audit;

public partial class AuditTrail
{
    private MudTable<AuditRow>? _table;
    private IReadOnlyList<string> _entityTypes = [];
    private DateTime? _from;
    private DateTime? _to;
    private string? _user;
    private string? _entityType;
    private AuditAction? _action;
    private AuditChainVerification? _verification;
    private bool _verifying;

    [Inject]
    private AuditTrailService Audit { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Text { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>Lets a home-page figure open this page already filtered (e.g. ?action=SignInFailed).</summary>
    [SupplyParameterFromQuery(Name = "action")]
    private string? ActionFilter { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Enum.TryParse<AuditAction>(ActionFilter, out var action))
        {
            _action = action;
        }

        _entityTypes = await Audit.EntityTypesAsync();
    }

    private async Task<TableData<AuditRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Audit.QueryAsync(
            new AuditQuery(ToDate(_from), ToDate(_to), _user, _entityType, _action, state.Page, state.PageSize),
            cancellationToken);
        return new TableData<AuditRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private Task ApplyAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    /// <summary>Verifying reads the whole chain (seconds at a million records) and is itself recorded: it says so first.</summary>
    private async Task VerifyAsync()
    {
        if (_verifying)
        {
            return;
        }

        _verifying = true;
        try
        {
            if (!await Dialogs.ConfirmAsync(Text["Audit.Verify.ConfirmTitle"], Text["Audit.Verify.Button"],
                [Text["Audit.Verify.ConfirmWhat"], Text["Audit.Verify.ConfirmHead"], Text["Audit.Verify.ConfirmRecorded"]]))
            {
                return;
            }

            _verification = await Audit.VerifyAsync();
        }
        finally
        {
            _verifying = false;
        }

        await ApplyAsync();
    }

    /// <summary>A record type's name in the user's language; a type without a translation shows as stored.</summary>
    private string EntityName(string entityType)
    {
        var name = Text[$"Audit.Entity.{entityType}"];
        return name.ResourceNotFound ? entityType : name.Value;
    }

    private static DateOnly? ToDate(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : null;
}
