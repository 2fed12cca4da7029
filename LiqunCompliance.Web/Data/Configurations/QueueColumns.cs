namespace LiqunCompliance.Web.Data.Configurations;

/// <summary>Names of the generated columns the queue filters and sorts on (shadow properties; the domain knows nothing of them).</summary>
public static class QueueColumns
{
    public const string IsOpen = nameof(IsOpen);

    /// <summary>The due date, or 9999-12-31 when the clock has not started: ascending puts "not started" last.</summary>
    public const string DueSortKey = nameof(DueSortKey);

    public const string NotStarted = "9999-12-31";
}
