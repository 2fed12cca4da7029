namespace LiqunCompliance.Domain.Requests;

/// <summary>What an officer can do to a request from its page; <see cref="RequestWorkflow.ActionsFor"/> says which apply.</summary>
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
