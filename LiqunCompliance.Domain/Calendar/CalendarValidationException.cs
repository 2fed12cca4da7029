namespace LiqunCompliance.Domain.Calendar;

public enum CalendarProblemKind
{
    YearOutOfRange,
    HolidayWithoutName,
    HolidayEndsBeforeStart,
    DateOutsideYear,
    HolidaysOverlap,
    MakeUpDayNotWeekend,
    MakeUpDayInHoliday,
    DuplicateMakeUpDay,
    MalformedNotice,

    /// <summary>Not JSON at all; the subject is "line|position" (1-based) where reading stopped.</summary>
    InvalidJson,

    /// <summary>A value of the wrong kind (a number where a date text belongs, …).</summary>
    WrongValueType,
}

/// <summary>One thing wrong with a holiday notice, and what it concerns (a date or a holiday's name).</summary>
public sealed record CalendarProblem(CalendarProblemKind Kind, string Subject);

public sealed class CalendarValidationException : Exception
{
    public CalendarValidationException(IReadOnlyList<CalendarProblem> problems)
        : base(string.Join("; ", problems.Select(p => $"{p.Kind}: {p.Subject}")))
    {
        Problems = problems;
    }

    public CalendarValidationException()
        : this([])
    {
    }

    public CalendarValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    public CalendarValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<CalendarProblem> Problems { get; } = [];
}
