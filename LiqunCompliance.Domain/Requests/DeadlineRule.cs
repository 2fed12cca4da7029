using LiqunCompliance.Domain.Calendar;

namespace LiqunCompliance.Domain.Requests;

public enum DeadlineKind
{
    CalendarDays,
    WorkingDays,
}

public enum ClockStart
{
    IdentityVerification,
    Receipt,
}

/// <summary>How long the office has to answer a request type, and from when. A request keeps the rule it was given.</summary>
public sealed record DeadlineRule(DeadlineKind Kind, int Days, ClockStart Start)
{
    public const int MaxDays = 365;

    public bool IsValid => Days is > 0 and <= MaxDays && Enum.IsDefined(Kind) && Enum.IsDefined(Start);

    public DueDate Apply(WorkdayCalendar calendar, DateOnly startDate) => Kind switch
    {
        DeadlineKind.CalendarDays => DeadlineCalculator.AddCalendarDays(calendar, startDate, Days),
        DeadlineKind.WorkingDays => DeadlineCalculator.AddWorkingDays(calendar, startDate, Days),
        _ => throw new InvalidOperationException($"Unknown deadline kind {Kind}."),
    };

    /// <summary>
    /// Whether this rule can give the office longer than the policy promises for <paramref name="type"/>
    /// (<see cref="DefaultDeadlineRules"/>): more days of the same kind, a clock that starts later (at verification
    /// rather than receipt), or more time once working days are counted as calendar days at five per week (holidays
    /// aside, so the comparison never flatters the rule). Saving such a rule needs an explicit confirmation, and every
    /// request that carries it shows a warning.
    /// </summary>
    public bool IsLongerThanPromised(RequestType type)
    {
        var promise = DefaultDeadlineRules.For(type);
        if (Start == ClockStart.IdentityVerification && promise.Start == ClockStart.Receipt)
        {
            return true;
        }

        return Kind == promise.Kind ? Days > promise.Days : CalendarSpan(this) > CalendarSpan(promise);
    }

    /// <summary>The rule's length in calendar days, working days counted at seven calendar days per five.</summary>
    private static double CalendarSpan(DeadlineRule rule) => rule.Kind == DeadlineKind.WorkingDays ? rule.Days * 7.0 / 5.0 : rule.Days;

    /// <summary>Stable text form for storage and display, e.g. "30 CalendarDays from IdentityVerification".</summary>
    public override string ToString() => $"{Days} {Kind} from {Start}";
}

/// <summary>The defaults of design/domain.md, with their legal sources.</summary>
public static class DefaultDeadlineRules
{
    /// <summary>Rights requests: 30 days after identity verification (policy 五.5; GB/T 35273-2020 §8.7).</summary>
    public static DeadlineRule RightsRequest { get; } = new(DeadlineKind.CalendarDays, 30, ClockStart.IdentityVerification);

    /// <summary>Account cancellation: 15 working days after verification (GB/T 35273-2020 §8.5, stricter than the policy's 30 days).</summary>
    public static DeadlineRule AccountCancellation { get; } = new(DeadlineKind.WorkingDays, 15, ClockStart.IdentityVerification);

    /// <summary>Complaints and inquiries: 15 working days after receipt (policy 八.3).</summary>
    public static DeadlineRule ComplaintOrInquiry { get; } = new(DeadlineKind.WorkingDays, 15, ClockStart.Receipt);

    public static DeadlineRule For(RequestType type) => type switch
    {
        RequestType.AccountCancellation => AccountCancellation,
        RequestType.Complaint or RequestType.Inquiry => ComplaintOrInquiry,
        RequestType.Access or RequestType.Correction or RequestType.Deletion or RequestType.ConsentWithdrawal
            or RequestType.MarketingOptOut or RequestType.Explanation or RequestType.Transfer
            or RequestType.DeceasedUserRequest => RightsRequest,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
