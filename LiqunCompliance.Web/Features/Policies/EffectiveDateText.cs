using System.Globalization;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>
/// A revision's effective date as the archive, the public pages and the PDFs state it: the date with its source when it
/// did not come through an officer's approval, and 未注明 where the text gives none. Never an assumed date.
/// </summary>
public static class EffectiveDateText
{
    public static string From(IStringLocalizer<SharedResource> text, PolicyRevision revision)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(revision);
        if (revision.EffectiveDate is not { } date)
        {
            return text["Policies.Effective.NotStated"];
        }

        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return revision.EffectiveDateSource is { Length: > 0 } source ? text["Policies.Effective.WithSource", day, source] : day;
    }

    /// <summary>The end of a superseded revision's period: the day before its successor took effect, or 未注明.</summary>
    public static string Until(IStringLocalizer<SharedResource> text, DateOnly? until)
    {
        ArgumentNullException.ThrowIfNull(text);
        return until is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text["Policies.Effective.NotStated"];
    }

    /// <summary>"2022-08-29 – 未注明", "未注明 – 至今": an archive entry's period.</summary>
    public static string Period(IStringLocalizer<SharedResource> text, ArchiveEntry entry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        var from = From(text, entry.Revision);
        return entry.InForce ? $"{from} – {text["Public.Policy.Now"]}" : $"{from} – {Until(text, entry.EffectiveUntil)}";
    }
}
