using Microsoft.AspNetCore.Components;

namespace LiqunCompliance.Web.Features.Requests;

public partial class RequestDetailPage
{
    private RequestDetail? _request;
    private bool _notFound;

    [Inject] private RequestWorkflowService Workflow { get; set; } = default!;

    [Parameter] public Guid Id { get; set; }

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _request = await Workflow.GetAsync(Id);
        _notFound = _request is null;
    }

    // A reveal writes the timeline, so the version the page holds must follow.
    private Task OnRevealed() => ReloadAsync();
}
