using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>A timeline entry's detail in the reader's language (the domain stores enum names and "a|b" pairs).</summary>
public static class RequestEventText
{
    public static string? Detail(IStringLocalizer<SharedResource> text, TimelineEvent<RequestEventKind> e)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(e);
        var parts = e.Detail?.Split('|') ?? [];
        return e.Kind switch
        {
            RequestEventKind.Received or RequestEventKind.AnswerSent => Localised(text, "Requests.Channel.", e.Detail),
            RequestEventKind.IdentityVerified => Localised(text, "Requests.Verification.", e.Detail),
            RequestEventKind.Rejected => Localised(text, "Requests.Refusal.", e.Detail),
            RequestEventKind.ContactVerified => Localised(text, "Requests.ContactVerified.", e.Detail),
            RequestEventKind.PreconditionChecked when parts.Length == 2 =>
                $"{Localised(text, "Requests.Precondition.", parts[0])}: {text[parts[1] == "met" ? "Requests.Cancellation.Met" : "Requests.Cancellation.NotMet"]}",
            RequestEventKind.FollowUpUpdated when parts.Length == 2 => $"{parts[0]}: {Localised(text, "Requests.FollowUpStatus.", parts[1])}",
            _ => e.Detail,
        };
    }

    private static string? Localised(IStringLocalizer<SharedResource> text, string prefix, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var found = text[prefix + value];
        return found.ResourceNotFound ? value : found.Value;
    }
}
