using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>A refusal ground as the officer, the timeline and the letter show it: the policy's words and where they stand.</summary>
public static class RefusalText
{
    public static string Label(IStringLocalizer<SharedResource> text, RefusalReason reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Requests.Refusal.WithSource", text[$"Requests.Refusal.{reason}"].Value, RefusalGrounds.Source(reason)];
    }
}
