using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Requests;

/// <summary>The actions a request page offers come from the workflow's state machine, once.</summary>
public sealed class RequestActionsTests
{
    [Fact]
    public void Received_Access_VerificationFirst_RejectOnlyWithTheRight()
    {
        RequestWorkflow.ActionsFor(RequestStatus.Received, RequestType.Access, identityVerified: false, mayDecideRefusals: true).ShouldBe(
        [
            RequestActionKind.RequestVerification, RequestActionKind.VerifyIdentity, RequestActionKind.Reject,
            RequestActionKind.Withdraw, RequestActionKind.AddNote, RequestActionKind.RecordAnswer,
        ]);
        RequestWorkflow.ActionsFor(RequestStatus.Received, RequestType.Access, identityVerified: false, mayDecideRefusals: false)
            .ShouldNotContain(RequestActionKind.Reject);
    }

    [Fact]
    public void Received_Complaint_StartsWorkWithoutVerification()
    {
        var actions = RequestWorkflow.ActionsFor(RequestStatus.Received, RequestType.Complaint, identityVerified: false, mayDecideRefusals: false);

        actions.ShouldContain(RequestActionKind.StartWork);
        actions.ShouldNotContain(RequestActionKind.VerifyIdentity);
        actions.ShouldNotContain(RequestActionKind.RequestVerification);
    }

    [Fact]
    public void InProgressAndAwaitingRequester_CanComplete_AndMoveBetweenEachOther()
    {
        var working = RequestWorkflow.ActionsFor(RequestStatus.InProgress, RequestType.Deletion, identityVerified: true, mayDecideRefusals: true);
        var waiting = RequestWorkflow.ActionsFor(RequestStatus.AwaitingRequester, RequestType.Deletion, identityVerified: true, mayDecideRefusals: true);

        working.ShouldContain(RequestActionKind.AwaitRequester);
        working.ShouldContain(RequestActionKind.Complete);
        waiting.ShouldContain(RequestActionKind.Resume);
        waiting.ShouldContain(RequestActionKind.Complete);
        working.ShouldNotContain(RequestActionKind.VerifyIdentity);
    }

    [Theory]
    [InlineData(RequestStatus.Completed)]
    [InlineData(RequestStatus.Rejected)]
    [InlineData(RequestStatus.Withdrawn)]
    public void Closed_OnlyNotesAndTheAnswer(RequestStatus status) =>
        RequestWorkflow.ActionsFor(status, RequestType.Access, identityVerified: true, mayDecideRefusals: true)
            .ShouldBe([RequestActionKind.AddNote, RequestActionKind.RecordAnswer]);
}
