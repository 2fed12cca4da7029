using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// Stores an instant as UTC ticks: exact to the tick (the audit hash covers it), and ordered and
/// compared correctly in SQL whatever offset the value was entered with.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
