using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Requests;

/// <summary>Why the domain refused a change to a request. The web layer shows each as a localised message.</summary>
public enum RequestRule
{
    ReceivedInFuture,
    ReceivedTooEarly,
    NoContact,
    InvalidPhone,
    InvalidEmail,
    NameTooLong,
    DetailsTooLong,
    DetailsNotPlainText,
    RequesterNotPlainText,
    IllegalTransition,
    VerificationBeforeReceipt,
    VerificationInFuture,
    AlreadyVerified,
    NotVerified,
    RejectionNeedsPrivacyOfficer,
    RejectionByIntakePerson,
    ExplanationRequired,
    UnknownRefusalReason,
    PreconditionsUnmet,
    NotAccountCancellation,
    RequestClosed,
    TextRequired,
    FollowUpNotFound,
    InvalidDeadlineRule,
    AnswerBeforeReceipt,
    AnswerInFuture,
    RecipientsNotNotified,
    MayNotBeRefused,
    NoRecipientsWithoutReason,
    AnswerRequired,
}

public sealed class RequestRuleException : DomainRuleException<RequestRule>
{
    public RequestRuleException(RequestRule rule)
        : base(rule)
    {
    }

    public RequestRuleException()
        : this(RequestRule.IllegalTransition)
    {
    }

    public RequestRuleException(string message)
        : base(message)
    {
    }

    public RequestRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
