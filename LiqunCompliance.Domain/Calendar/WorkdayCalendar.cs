namespace LiqunCompliance.Domain.Calendar;

/// <summary>
/// China's working days: Monday to Friday, minus statutory holidays, plus make-up working days, for the
/// years whose notice is known. For any other year it answers by weekdays only and says so
/// (<see cref="DayAnswer.YearCovered"/>), so a caller can never mistake a guess for a fact.
/// </summary>
public sealed class WorkdayCalendar
{
    private readonly Dictionary<int, CalendarYear> _years;

    public WorkdayCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _years = years.ToDictionary(y => y.Year);
    }

    public IReadOnlyCollection<int> CoveredYears => _years.Keys;

    public bool Covers(int year) => _years.ContainsKey(year);

    public DayAnswer Classify(DateOnly date)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!_years.TryGetValue(date.Year, out var year))
        {
            return new DayAnswer(weekend ? DayKind.Weekend : DayKind.WorkingDay, YearCovered: false);
        }

        if (year.MakeUpWorkdays.Contains(date))
        {
            return new DayAnswer(DayKind.MakeUpWorkday, YearCovered: true);
        }

        if (year.HolidayOn(date) is not null)
        {
            return new DayAnswer(DayKind.Holiday, YearCovered: true);
        }

        return new DayAnswer(weekend ? DayKind.Weekend : DayKind.WorkingDay, YearCovered: true);
    }

    public bool IsWorkingDay(DateOnly date) => Classify(date).IsWorkingDay;
}

/// <summary>What the calendar knows of a day; <paramref name="YearCovered"/> false means the year's notice is missing.</summary>
public readonly record struct DayAnswer(DayKind Kind, bool YearCovered)
{
    public bool IsWorkingDay => Kind is DayKind.WorkingDay or DayKind.MakeUpWorkday;
}
