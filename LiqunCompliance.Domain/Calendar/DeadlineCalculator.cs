namespace LiqunCompliance.Domain.Calendar;

/// <summary>A computed due date, and the years the computation needed but the calendar does not cover.</summary>
public sealed record DueDate(DateOnly Date, IReadOnlyList<int> UncoveredYears)
{
    public bool HasCalendarWarning => UncoveredYears.Count > 0;
}

/// <summary>
/// Periods counted as the Civil Code counts them (Art. 201, 203): the start day is not counted; a period of
/// calendar days that ends on a rest day or statutory holiday ends on the next working day; a make-up
/// working day is a working day.
/// </summary>
public static class DeadlineCalculator
{
    /// <summary>N calendar days after <paramref name="start"/>, moved to the next working day if it is not one.</summary>
    public static DueDate AddCalendarDays(WorkdayCalendar calendar, DateOnly start, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var uncovered = new SortedSet<int>();
        var due = start.AddDays(days);
        while (!IsWorking(calendar, due, uncovered))
        {
            due = due.AddDays(1);
        }

        return new DueDate(due, [.. uncovered]);
    }

    /// <summary>The Nth working day after <paramref name="start"/> (the start day itself never counts).</summary>
    public static DueDate AddWorkingDays(WorkdayCalendar calendar, DateOnly start, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var uncovered = new SortedSet<int>();
        var date = start;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            if (IsWorking(calendar, date, uncovered))
            {
                counted++;
            }
        }

        return new DueDate(date, [.. uncovered]);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public static int WorkingDaysBetween(WorkdayCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (to == from)
        {
            return 0;
        }

        var (low, high, sign) = to > from ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var date = low.AddDays(1); date <= high; date = date.AddDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return sign * count;
    }

    private static bool IsWorking(WorkdayCalendar calendar, DateOnly date, SortedSet<int> uncovered)
    {
        var answer = calendar.Classify(date);
        if (!answer.YearCovered)
        {
            uncovered.Add(date.Year);
        }

        return answer.IsWorkingDay;
    }
}
