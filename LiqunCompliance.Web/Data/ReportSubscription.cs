namespace LiqunCompliance.Web.Data;

/// <summary>A member of staff who receives the monthly report by e-mail, in their language.</summary>
public sealed class ReportSubscription
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string UserId { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Culture { get; set; } = "zh-CN";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One run of the scheduled monthly report: the month is unique, so it goes out once, whatever runs it.</summary>
public sealed class ReportRun
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>"2026-10".</summary>
    public string Month { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Recipients { get; set; }

    /// <summary>A <see cref="Domain.Reports.ReportRunState"/> name ("Running" in rows written before the states existed reads as Claimed).</summary>
    public string Outcome { get; set; } = nameof(Domain.Reports.ReportRunState.Claimed);

    /// <summary>How many times this month has been tried.</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>Why the last attempt failed: the kind of error, never its text (it can quote addresses).</summary>
    public string? Error { get; set; }

    public Domain.Reports.ReportRunState State =>
        Enum.TryParse<Domain.Reports.ReportRunState>(Outcome, out var state) && Enum.IsDefined(state) ? state : Domain.Reports.ReportRunState.Claimed;
}
