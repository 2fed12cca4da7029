using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Components.Shared;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace LiqunCompliance.Web.Features.Requests;

public partial class RequestActions
{
    private IReadOnlyList<RequestActionKind> _available = [];
    private RequestActionKind? _selected;
    private VerificationMethod _method = VerificationMethod.SmsCode;
    private RefusalReason? _reason; // never pre-selected: the officer chooses the policy's ground
    private RequestChannel _channel = RequestChannel.Email;
    private DateTime? _date;
    private TimeSpan? _time;
    private string? _text;
    private string? _answer;
    private string? _noRecipientReason;
    private string? _error;
    private bool _busy;
    private IReadOnlyList<string> _recipientsWaiting = [];
    private ElementReference _heading;

    [Inject] private RequestWorkflowService Workflow { get; set; } = default!;
    [Inject] private PolicyGuard Guard { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private AnswerLetterService Letters { get; set; } = default!;
    [Inject] private MudBlazor.IDialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired] public RequestDetail Request { get; set; } = default!;
    [Parameter] public EventCallback Changed { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _available = await Guard.AllowsAsync(AccessPolicies.WorkRequests)
            ? RequestWorkflow.ActionsFor(Request.Summary.Status, Request.Summary.Type, Request.IdentityVerifiedAt is not null, await Guard.AllowsAsync(AccessPolicies.DecideRefusals))
            : [];
        _recipientsWaiting = RequestWorkflow.RecipientsStillToNotify(Request.Summary.Type, Request.FollowUps);
    }

    private void Select(RequestActionKind action)
    {
        _selected = action;
        _error = null;
        _text = null;
        _answer = null;
        _noRecipientReason = null;
        var now = ChinaTime.ToShanghai(Clock.GetUtcNow());
        _date = now.Date;
        _time = new TimeSpan(now.Hour, now.Minute, 0);
    }

    private async Task SubmitAsync()
    {
        if (_selected is not { } action)
        {
            return;
        }

        if (_busy)
        {
            return;
        }

        var id = Request.Summary.Id;
        var version = Request.Version;
        _busy = true;
        OperationResult result;
        try
        {
            if (action == RequestActionKind.Reject && _reason is null)
            {
                _error = T["Requests.Refusal.Choose"];
                return;
            }

            if (action == RequestActionKind.Reject && !await ConfirmRefusalAsync(id, _reason!.Value))
            {
                return;
            }

            result = action switch
            {
                RequestActionKind.RequestVerification => await Workflow.RequestVerificationAsync(id, version),
                RequestActionKind.VerifyIdentity => await Workflow.VerifyIdentityAsync(id, version, _method, At()),
                RequestActionKind.StartWork => await Workflow.StartWorkAsync(id, version),
                RequestActionKind.AwaitRequester => await Workflow.AwaitRequesterAsync(id, version, _text),
                RequestActionKind.Resume => await Workflow.ResumeAsync(id, version),
                RequestActionKind.Complete => await Workflow.CompleteAsync(id, version, _text, _answer, _noRecipientReason),
                RequestActionKind.Reject => await Workflow.RejectAsync(id, version, _reason!.Value, _text),
                RequestActionKind.Withdraw => await Workflow.WithdrawAsync(id, version, _text),
                RequestActionKind.AddNote => await Workflow.AddNoteAsync(id, version, _text),
                RequestActionKind.RecordAnswer => await Workflow.RecordAnswerSentAsync(id, version, _channel, At()),
                _ => OperationResult.Success,
            };
        }
        finally
        {
            _busy = false;
        }

        _error = result.Error;
        if (result.Succeeded)
        {
            _selected = null;
        }

        // Also after a refusal: a colleague's change must show, as the conflict message promises.
        await Changed.InvokeAsync();
        if (result.Succeeded)
        {
            await FocusHeadingAsync();
        }
    }

    /// <summary>Keeps a keyboard user's place: the panel's heading takes the focus the pressed button had.</summary>
    private async Task FocusHeadingAsync()
    {
        try
        {
            await _heading.FocusAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.JSInterop.JSException or TaskCanceledException)
        {
            // The panel is no longer on the page (the request is closed) or the circuit is going: nothing to keep.
        }
    }

    /// <summary>A refusal is final and the requester is told why: the officer sees the ground and the letter as it will read first.</summary>
    private async Task<bool> ConfirmRefusalAsync(Guid id, RefusalReason reason)
    {
        var letter = await Letters.PreviewRefusalAsync(id, reason, _text, System.Globalization.CultureInfo.CurrentUICulture.Name);
        var lines = new List<string> { T["Requests.Confirm.RefusalGround", RefusalText.Label(T, reason)], T["Requests.Confirm.RefusalFinal"] };
        return await Dialogs.ConfirmAsync(T["Requests.Confirm.RefusalTitle", Request.Summary.Reference], T["Requests.Action.Reject"], lines, preview: letter, danger: true);
    }

    private DateTimeOffset At() => EnteredTime.ToInstant(_date ?? ChinaTime.ToShanghai(Clock.GetUtcNow()).Date, _time, Clock);
}
