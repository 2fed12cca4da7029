namespace LiqunCompliance.Domain.Requests;

/// <summary>Where a request stands against its deadline, for the colour in lists.</summary>
public enum DeadlineStanding
{
    /// <summary>The clock has not started (identity not yet verified).</summary>
    NotStarted,
    OnTrack,
    /// <summary>Due within <see cref="DeadlineStandings.DueSoonDays"/> days.</summary>
    DueSoon,
    Overdue,
    ClosedOnTime,
    ClosedLate,
}

public static class DeadlineStandings
{
    public const int DueSoonDays = 5;

    /// <param name="closedOn">The Shanghai date the request was closed, if it is.</param>
    public static DeadlineStanding Evaluate(DateOnly? dueDate, DateOnly today, DateOnly? closedOn)
    {
        if (dueDate is not { } due)
        {
            return DeadlineStanding.NotStarted;
        }

        if (closedOn is { } closed)
        {
            return closed <= due ? DeadlineStanding.ClosedOnTime : DeadlineStanding.ClosedLate;
        }

        var left = due.DayNumber - today.DayNumber;
        return left < 0 ? DeadlineStanding.Overdue : left <= DueSoonDays ? DeadlineStanding.DueSoon : DeadlineStanding.OnTrack;
    }
}
