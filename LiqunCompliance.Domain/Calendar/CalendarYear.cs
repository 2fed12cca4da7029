namespace LiqunCompliance.Domain.Calendar;

/// <summary>
/// One year of the State Council's holiday notice: statutory holidays and make-up working days (调休上班日).
/// Created only through <see cref="Create"/>, which refuses a notice that cannot be right.
/// </summary>
public sealed class CalendarYear
{
    private CalendarYear(int year, string source, IReadOnlyList<HolidayPeriod> holidays, IReadOnlySet<DateOnly> makeUpWorkdays)
    {
        Year = year;
        Source = source;
        Holidays = holidays;
        MakeUpWorkdays = makeUpWorkdays;
    }

    public int Year { get; }

    /// <summary>The notice it comes from, e.g. 国办发明电〔2024〕12号.</summary>
    public string Source { get; }

    public IReadOnlyList<HolidayPeriod> Holidays { get; }

    public IReadOnlySet<DateOnly> MakeUpWorkdays { get; }

    /// <exception cref="CalendarValidationException">The notice is inconsistent; the message names each problem.</exception>
    public static CalendarYear Create(int year, string source, IEnumerable<HolidayPeriod> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeUpWorkdays);
        var periods = holidays.OrderBy(h => h.From).ToList();
        var makeUps = makeUpWorkdays.Order().ToList();
        var problems = new List<CalendarProblem>();

        if (year is < 2000 or > 2100)
        {
            problems.Add(new CalendarProblem(CalendarProblemKind.YearOutOfRange, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var period in periods)
        {
            if (string.IsNullOrWhiteSpace(period.Name))
            {
                problems.Add(new CalendarProblem(CalendarProblemKind.HolidayWithoutName, period.From.ToString("O")));
            }

            if (period.To < period.From)
            {
                problems.Add(new CalendarProblem(CalendarProblemKind.HolidayEndsBeforeStart, period.Name));
            }

            if (period.From.Year != year || period.To.Year != year)
            {
                problems.Add(new CalendarProblem(CalendarProblemKind.DateOutsideYear, period.Name));
            }
        }

        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].From <= periods[i - 1].To)
            {
                problems.Add(new CalendarProblem(CalendarProblemKind.HolidaysOverlap, $"{periods[i - 1].Name} / {periods[i].Name}"));
            }
        }

        foreach (var day in makeUps)
        {
            var text = day.ToString("O");
            if (day.Year != year)
            {
                problems.Add(new CalendarProblem(CalendarProblemKind.DateOutsideYear, text));
            }

            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add(new CalendarProblem(CalendarProblemKind.MakeUpDayNotWeekend, text));
            }

            if (periods.Any(p => p.Contains(day)))
            {
                problems.Add(new CalendarProblem(CalendarProblemKind.MakeUpDayInHoliday, text));
            }
        }

        if (makeUps.Distinct().Count() != makeUps.Count)
        {
            problems.Add(new CalendarProblem(CalendarProblemKind.DuplicateMakeUpDay, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (problems.Count > 0)
        {
            throw new CalendarValidationException(problems);
        }

        return new CalendarYear(year, source?.Trim() ?? string.Empty, periods, makeUps.ToHashSet());
    }

    public HolidayPeriod? HolidayOn(DateOnly date) => Holidays.FirstOrDefault(h => h.Contains(date));
}
