using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Features.Requests;

public enum RequestActionKind
{
    RequestVerification,
    VerifyIdentity,
    StartWork,
    AwaitRequester,
    Resume,
    Complete,
    Reject,
    Withdraw,
    AddNote,
    RecordAnswer,
}

/// <summary>Which actions the detail page offers, from the request's state and the user's rights (the services check again).</summary>
public static class RequestActionAvailability
{
    public static IReadOnlyList<RequestActionKind> For(RequestDetail request, bool canWork, bool canDecideRefusals)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actions = new List<RequestActionKind>();
        if (!canWork)
        {
            return actions;
        }

        var status = request.Summary.Status;
        var needsVerification = RequestWorkflow.NeedsIdentityVerification(request.Summary.Type);
        if (status == RequestStatus.Received && needsVerification)
        {
            actions.Add(RequestActionKind.RequestVerification);
        }

        if (status is RequestStatus.Received or RequestStatus.AwaitingVerification && request.IdentityVerifiedAt is null && needsVerification)
        {
            actions.Add(RequestActionKind.VerifyIdentity);
        }

        if (status == RequestStatus.Received && !needsVerification)
        {
            actions.Add(RequestActionKind.StartWork);
        }

        if (status == RequestStatus.InProgress)
        {
            actions.Add(RequestActionKind.AwaitRequester);
        }

        if (status == RequestStatus.AwaitingRequester)
        {
            actions.Add(RequestActionKind.Resume);
        }

        if (status is RequestStatus.InProgress or RequestStatus.AwaitingRequester)
        {
            actions.Add(RequestActionKind.Complete);
        }

        if (!request.IsClosed && canDecideRefusals)
        {
            actions.Add(RequestActionKind.Reject);
        }

        if (!request.IsClosed)
        {
            actions.Add(RequestActionKind.Withdraw);
        }

        actions.Add(RequestActionKind.AddNote);
        actions.Add(RequestActionKind.RecordAnswer);
        return actions;
    }
}
