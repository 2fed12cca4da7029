using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Data;

/// <summary>One year of the working-day calendar, stored in the notice's JSON shape (<see cref="Domain.Calendar.CalendarNotice"/>).</summary>
public sealed class CalendarYearRecord
{
    public int Year { get; set; }

    public string Notice { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}

/// <summary>The deadline rule given to new requests of one type. Requests keep the rule they were given.</summary>
public sealed class DeadlineRuleSetting
{
    public RequestType RequestType { get; set; }

    public DeadlineKind Kind { get; set; }

    public int Days { get; set; }

    public ClockStart Start { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DeadlineRule ToRule() => new(Kind, Days, Start);
}

/// <summary>A secret the portal generates for itself, stored protected by ASP.NET Core Data Protection.</summary>
public sealed class AppSecret
{
    public string Name { get; set; } = string.Empty;

    public string ProtectedValue { get; set; } = string.Empty;
}
