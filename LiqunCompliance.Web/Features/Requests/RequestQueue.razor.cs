using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace LiqunCompliance.Web.Features.Requests;

public partial class RequestQueue
{
    private MudDataGrid<RequestRow>? _grid;
    private RequestQueueQuery _query = new();
    private IReadOnlyList<Assignee> _assignees = [];
    private HashSet<RequestRow> _selected = [];
    private Assignee? _bulkAssignee;
    private int _lookupsPending;

    [Inject] private RequestQueryService Queries { get; set; } = default!;
    [Inject] private RequestWorkflowService Workflow { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = default!;

    /// <summary>Lets a home-page figure open a quick view (?view=Overdue).</summary>
    [SupplyParameterFromQuery(Name = "view")]
    private string? ViewParameter { get; set; }

    private string ExportLink => RequestExportEndpoint.Link(_query);

    private string ClearExportLink => RequestExportEndpoint.Link(_query, unmasked: true);

    protected override async Task OnInitializedAsync()
    {
        if (Enum.TryParse<QueueView>(ViewParameter, out var view))
        {
            _query = _query with { View = view };
        }

        _assignees = await Workflow.AssigneesAsync();
        _lookupsPending = await Queries.LookupsPendingAsync();
    }

    private async Task<GridData<RequestRow>> LoadAsync(GridState<RequestRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var query = _query with
        {
            Page = state.Page,
            PageSize = state.PageSize,
            Sort = Enum.TryParse<QueueSort>(sort?.SortBy, out var by) ? by : QueueSort.DueDate,
            Descending = sort?.Descending ?? false,
        };
        var page = await Queries.QueueAsync(query, cancellationToken);
        return new GridData<RequestRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private async Task ChangeViewAsync(QueueView view)
    {
        _query = _query with { View = view };
        await ReloadAsync();
    }

    private async Task ApplyFiltersAsync(RequestQueueQuery query)
    {
        _query = query;
        await ReloadAsync();
    }

    private void OnSelectionChanged(HashSet<RequestRow> rows) => _selected = rows;

    private async Task BulkAssignAsync()
    {
        if (_bulkAssignee is null)
        {
            return;
        }

        var assigned = await Workflow.BulkAssignAsync(_selected.Select(r => r.Id).ToList(), _bulkAssignee);
        Snackbar.Add(Text["Requests.Queue.Assigned", assigned, _bulkAssignee.Name], Severity.Success);
        _selected = [];
        await ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;
}
