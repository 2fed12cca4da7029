namespace LiqunCompliance.Domain.Calendar;

/// <summary>A statutory holiday as the State Council announces it: a name and an inclusive date range.</summary>
public sealed record HolidayPeriod(string Name, string NameEn, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
