using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Domain.Incidents;

/// <summary>One entry of the incident's timeline.</summary>
public sealed class IncidentEvent : TimelineEvent<IncidentEventKind>
{
    private IncidentEvent()
    {
    }

    internal IncidentEvent(int ordinal, IncidentEventKind kind, DateTimeOffset at, Actor actor, string? detail)
        : base(ordinal, kind, at, actor, detail)
    {
    }
}

/// <summary>
/// A report to the regulator (初报, 续报 or 总结报告): a draft whose fields the officer completes (<see cref="RegulatorReportForm"/>),
/// then marked sent with its recipient and time, after which it never changes. Reports recorded before the structured
/// form keep their free <see cref="Content"/>.
/// </summary>
public sealed class RegulatorReport
{
    private RegulatorReport()
    {
    }

    internal RegulatorReport(RegulatorReportKind kind, IReadOnlyDictionary<ReportField, string> fields, string recipient, DateTimeOffset createdAt, string byName)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        Status = ReportStatus.Draft;
        Fields = fields;
        Recipient = recipient;
        CreatedAt = createdAt;
        ByName = byName;
    }

    public Guid Id { get; private set; }

    public RegulatorReportKind Kind { get; private set; }

    public ReportStatus Status { get; private set; } = ReportStatus.Sent;

    /// <summary>The structured fields (empty for a report recorded before the form existed).</summary>
    public IReadOnlyDictionary<ReportField, string> Fields { get; private set; } = new Dictionary<ReportField, string>();

    /// <summary>Whom it went to (or will go to), e.g. 山东省委网信办; for a critical-infrastructure operator both recipients.</summary>
    public string Recipient { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The regulator's acknowledgement or case number, when one was given.</summary>
    public string? Reference { get; private set; }

    /// <summary>Free text of a report recorded before the structured form.</summary>
    public string Content { get; private set; } = string.Empty;

    /// <summary>Who drafted it, then who marked it sent.</summary>
    public string ByName { get; private set; } = string.Empty;

    public bool IsSent => Status == ReportStatus.Sent;

    public IReadOnlyList<ReportField> MissingFields => Fields.Count == 0 && Content.Length > 0 ? [] : RegulatorReportForm.Missing(Kind, Fields);

    internal void Edit(IReadOnlyDictionary<ReportField, string> fields, string? recipient)
    {
        Fields = fields;
        Recipient = recipient?.Trim() ?? Recipient;
    }

    internal void MarkSent(string recipient, DateTimeOffset sentAt, string? reference, string byName)
    {
        Recipient = recipient;
        SentAt = sentAt;
        Reference = reference;
        ByName = byName;
        Status = ReportStatus.Sent;
    }
}

/// <summary>A notice issued to users: channel, when, by whom, how many recipients.</summary>
public sealed class IncidentNotice
{
    private IncidentNotice()
    {
    }

    internal IncidentNotice(NoticeChannelKind channel, string language, string templateName, string subject, string body, int recipients, DateTimeOffset issuedAt, string byName)
    {
        Id = Guid.NewGuid();
        Channel = channel;
        Language = language;
        TemplateName = templateName;
        Subject = subject;
        Body = body;
        Recipients = recipients;
        IssuedAt = issuedAt;
        ByName = byName;
    }

    public Guid Id { get; private set; }

    public NoticeChannelKind Channel { get; private set; }

    public string Language { get; private set; } = string.Empty;

    public string TemplateName { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    /// <summary>The text as issued (the template filled with the incident's facts).</summary>
    public string Body { get; private set; } = string.Empty;

    public int Recipients { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string ByName { get; private set; } = string.Empty;

    public bool IsPublicAnnouncement => Channel == NoticeChannelKind.PublicAnnouncement;
}
