using LiqunCompliance.Domain.Incidents;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>A line of the incident log.</summary>
public sealed record IncidentRow(
    Guid Id, string Reference, string Title, IncidentCategory Category, IncidentStatus Status, IncidentGrade Grade, bool GradeConfirmed,
    DateTimeOffset DiscoveredAt, long PeopleMax, DateTimeOffset? ReportDueAt, bool InitialReportSent);

/// <summary>An incident with what its page needs: the settings in force and the names of the register entries involved.</summary>
public sealed record IncidentDetail(Incident Incident, IncidentSettings Settings, GradeProposal Proposal, IReadOnlyList<(Guid Id, string Name)> RegisterEntries);

/// <summary>An issued public announcement, for /security-notices.</summary>
public sealed record PublicAnnouncement(Guid Id, string Reference, string Subject, string Body, DateTimeOffset IssuedAt, string Language);

/// <summary>A template filled with an incident's facts; facts not yet entered are listed and shown as missing.</summary>
/// <param name="RenderError">Why the template could not be filled (a limit, an include, a fault); nothing can be issued from it.</param>
public sealed record RenderedNotice(string Subject, string Body, IReadOnlyList<NoticeElement> MissingFacts, IReadOnlyList<NoticeElement> MissingSections, int SmsSegments, string? RenderError = null);
