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

/// <summary>A report to the regulator: initial, supplement or final summary.</summary>
public sealed class RegulatorReport
{
    private RegulatorReport()
    {
    }

    internal RegulatorReport(RegulatorReportKind kind, string recipient, DateTimeOffset sentAt, string? reference, string content, string byName)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        Recipient = recipient;
        SentAt = sentAt;
        Reference = reference;
        Content = content;
        ByName = byName;
    }

    public Guid Id { get; private set; }

    public RegulatorReportKind Kind { get; private set; }

    public string Recipient { get; private set; } = string.Empty;

    public DateTimeOffset SentAt { get; private set; }

    public string? Reference { get; private set; }

    public string Content { get; private set; } = string.Empty;

    public string ByName { get; private set; } = string.Empty;
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
