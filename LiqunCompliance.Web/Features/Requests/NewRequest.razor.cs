using LiqunCompliance.Domain.Common;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace LiqunCompliance.Web.Features.Requests;

public partial class NewRequest
{
    private readonly IntakeForm _form = new();
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private DateTime? _receivedDate;
    private TimeSpan? _receivedTime;
    private bool _saving;
    private readonly FormSnapshot _snapshot = new();

    [Inject] private RequestIntakeService Intake { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private DateTime Today => ChinaTime.ToShanghai(Clock.GetUtcNow()).Date;

    protected override void OnInitialized()
    {
        var now = ChinaTime.ToShanghai(Clock.GetUtcNow());
        _receivedDate = now.Date;
        _receivedTime = new TimeSpan(now.Hour, now.Minute, 0);
        _snapshot.Take(_form);
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    private async Task SubmitAsync()
    {
        // A second click while the first is on its way does nothing here; a resubmission of this form (the same
        // SubmissionId) is answered by the server with the request the first one created.
        if (_saving)
        {
            return;
        }

        _saving = true;
        try
        {
            _form.ReceivedAt = ReceivedAt();
            var result = await Intake.IntakeAsync(_form);
            _errors = result.FieldErrors;
            if (result.Succeeded)
            {
                _snapshot.Take(_form); // recorded: leaving is no loss
                Navigation.NavigateTo($"/requests/{result.Value!.Id}");
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private DateTimeOffset? ReceivedAt() => _receivedDate is { } date ? EnteredTime.ToInstant(date, _receivedTime, Clock) : null;
}
