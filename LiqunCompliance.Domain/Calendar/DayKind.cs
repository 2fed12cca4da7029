namespace LiqunCompliance.Domain.Calendar;

public enum DayKind
{
    /// <summary>Monday to Friday, no holiday.</summary>
    WorkingDay,
    /// <summary>Saturday or Sunday, no make-up working day.</summary>
    Weekend,
    /// <summary>A statutory holiday (including the weekend days inside a holiday period).</summary>
    Holiday,
    /// <summary>A weekend day declared a working day (调休上班日).</summary>
    MakeUpWorkday,
}
