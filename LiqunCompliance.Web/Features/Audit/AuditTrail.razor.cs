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

        _entityTypes = [.. (await Audit.EntityTypesAsync()).OrderBy(EntityName, StringComparer.CurrentCulture)];
    }

    /// <summary>The export of what the filters select (the filters as last applied).</summary>
    private string ExportLink => AuditExportEndpoint.Link(_applied);

    private AuditQuery _applied = new();

    private async Task<TableData<AuditRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        _applied = new AuditQuery(ToDate(_from), ToDate(_to), _user, _entityType, _action);
        var page = await Audit.QueryAsync(_applied with { Page = state.Page, PageSize = state.PageSize }, cancellationToken);
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

    [Inject]
    private AuditRecordText Presenter { get; set; } = default!;

    /// <summary>A record type's name in the user's language.</summary>
    private string EntityName(string entityType) => Presenter.Entity(entityType);

    private static DateOnly? ToDate(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : null;
}
