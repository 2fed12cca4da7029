using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>The field a refused rule concerns (for the API's problem details) and its message in the user's language.</summary>
public static class RequestRuleMessages
{
    public static string Field(RequestRule rule) => rule switch
    {
        RequestRule.ReceivedInFuture or RequestRule.ReceivedTooEarly => "receivedAt",
        RequestRule.NoContact => "requester",
        RequestRule.InvalidPhone => "requester.phone",
        RequestRule.InvalidEmail => "requester.email",
        RequestRule.NameTooLong or RequestRule.RequesterNotPlainText => "requester",
        RequestRule.DetailsTooLong or RequestRule.DetailsNotPlainText => "details",
        RequestRule.VerificationBeforeReceipt or RequestRule.VerificationInFuture or RequestRule.AlreadyVerified => "identityVerifiedAt",
        RequestRule.InvalidDeadlineRule => "type",
        RequestRule.IllegalTransition or RequestRule.NotVerified or RequestRule.RejectionNeedsPrivacyOfficer
            or RequestRule.RejectionByIntakePerson or RequestRule.ExplanationRequired or RequestRule.PreconditionsUnmet
            or RequestRule.NotAccountCancellation or RequestRule.RequestClosed or RequestRule.TextRequired
            or RequestRule.FollowUpNotFound or RequestRule.AnswerBeforeReceipt or RequestRule.AnswerInFuture or RequestRule.UnknownRefusalReason
            or RequestRule.RecipientsNotNotified => "request",
        _ => "request",
    };

    public static string Message(IStringLocalizer<SharedResource> text, RequestRule rule) => Infrastructure.RuleMessages.Message(text, rule);
}
