using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>A date and time a user typed, read as Asia/Shanghai time.</summary>
public static class EnteredTime
{
    /// <summary>
    /// The instant for a Shanghai date and time. A time in the current minute counts as now (pickers have no
    /// seconds), so "now" is never refused as lying in the future.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime date, TimeSpan? time, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = date.Date + (time ?? TimeSpan.Zero);
        var instant = new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local));
        var now = clock.GetUtcNow();
        return instant > now && instant - now < TimeSpan.FromMinutes(1) ? now : instant;
    }
}
