using LiqunCompliance.Domain.Incidents;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>A line of the incident log. <paramref name="Grade"/> is the confirmed grade when <paramref name="GradeConfirmed"/>, otherwise the proposal.</summary>
public sealed record IncidentRow(
    Guid Id, string Reference, string Title, IncidentCategory Category, IncidentStatus Status, IncidentGrade Grade, bool GradeConfirmed,
    DateTimeOffset DiscoveredAt, long PeopleMax, DateTimeOffset? ReportDueAt, bool InitialReportSent, DateTimeOffset? SummaryDueAt = null)
{
    /// <summary>The report whose clock runs now: the initial report while unsent, then the summary report while owed.</summary>
    public ReportDeadline? NextReport =>
        ReportDueAt is { } initial && !InitialReportSent ? new ReportDeadline(RegulatorReportKind.Initial, initial)
        : SummaryDueAt is { } summary ? new ReportDeadline(RegulatorReportKind.Final, summary)
        : null;
}

/// <summary>A report to the regulator that is due, and by when.</summary>
public sealed record ReportDeadline(RegulatorReportKind Kind, DateTimeOffset DueAt);

/// <summary>An incident with what its page needs: the settings in force, the names of the register entries involved, and the summary report's due date while it is owed.</summary>
public sealed record IncidentDetail(Incident Incident, IncidentSettings Settings, GradeProposal Proposal, IReadOnlyList<(Guid Id, string Name)> RegisterEntries, SummaryReportDue? SummaryDue = null);

/// <summary>An issued public announcement, for /security-notices.</summary>
public sealed record PublicAnnouncement(Guid Id, string Reference, string Subject, string Body, DateTimeOffset IssuedAt, string Language);

/// <summary>A template filled with an incident's facts; facts not yet entered are listed and shown as missing.</summary>
/// <param name="RenderError">Why the template could not be filled (a limit, an include, a fault); nothing can be issued from it.</param>
public sealed record RenderedNotice(string Subject, string Body, IReadOnlyList<NoticeElement> MissingFacts, IReadOnlyList<NoticeElement> MissingSections, int SmsSegments, string? RenderError = null)
{
    /// <summary>Characters as an SMS is billed (<see cref="LiqunCompliance.Domain.Common.SmsLength"/>).</summary>
    public int Characters { get; init; }

    /// <summary>More SMS segments than is sensible (<see cref="LiqunCompliance.Domain.Common.SmsLength.WarnAbove"/>).</summary>
    public bool TooLongForSms => SmsSegments > LiqunCompliance.Domain.Common.SmsLength.WarnAbove;
}

/// <summary>A recipients export for the team that sends a channel (SMS, letter, phone, push): downloaded by the officer.</summary>
public sealed record NoticeExport(string FileName, byte[] Content);

/// <summary>A notice issued; <paramref name="Export"/> is the recipients file to download, for channels the portal does not send itself.</summary>
public sealed record NoticeIssued(Guid IncidentId, NoticeExport? Export);
