using LiqunCompliance.Web.Data.Interceptors;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// Saves the data layer refuses before anything is written, as the message a page shows: the write path stayed busy
/// (<see cref="WritePathBusyException"/>), or a text holds a control character (<see cref="UnsafeTextException"/>,
/// naming the field as the audit trail names it). Any other exception is not a refusal (null).
/// </summary>
public static class SaveRefusal
{
    public static string? Message(IStringLocalizer<SharedResource> text, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(text);
        return failure switch
        {
            WritePathBusyException => text["Common.WritePathBusy"].Value,
            UnsafeTextException unsafeText => text[$"Audit.Field.{unsafeText.Field}"] is { ResourceNotFound: false } field
                ? text["Common.UnsafeText", field.Value].Value
                : text["Common.UnsafeTextAnyField"].Value,
            _ => null,
        };
    }
}
