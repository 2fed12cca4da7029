using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Domain.Incidents;

public sealed partial class Incident
{
    /// <summary>Moves the incident on (open → contained → investigating → remediated → closed). Containment and resolution record their times.</summary>
    public void MoveTo(IncidentStatus next, DateTimeOffset? at, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (next != Status + 1)
        {
            throw new IncidentRuleException(IncidentRule.IllegalTransition);
        }

        if (at > now.AddMinutes(5))
        {
            throw new IncidentRuleException(IncidentRule.TimeInFuture);
        }

        switch (next)
        {
            case IncidentStatus.Contained:
                var contained = at ?? now;
                if (contained < DiscoveredAt)
                {
                    throw new IncidentRuleException(IncidentRule.ContainedBeforeDiscovery);
                }

                ContainedAt = contained;
                break;
            case IncidentStatus.Remediated:
                var resolved = at ?? now;
                if (resolved < ContainedAt)
                {
                    throw new IncidentRuleException(IncidentRule.ResolvedBeforeContainment);
                }

                ResolvedAt = resolved;
                break;
            case IncidentStatus.Closed when ContainedAt is null || ResolvedAt is null:
                throw new IncidentRuleException(IncidentRule.CloseNeedsContainmentAndResolution);
        }

        Status = next;
        Add(IncidentEventKind.StatusChanged, now, actor, next.ToString());
    }

    /// <summary>An initial report, a supplement or the final summary sent to the regulator.</summary>
    public RegulatorReport RecordReport(RegulatorReportKind kind, string? recipient, DateTimeOffset sentAt, string? reference, string? content, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(recipient))
        {
            throw new IncidentRuleException(IncidentRule.RecipientRequired);
        }

        if (sentAt > now.AddMinutes(5))
        {
            throw new IncidentRuleException(IncidentRule.TimeInFuture);
        }

        if (sentAt < DiscoveredAt)
        {
            throw new IncidentRuleException(IncidentRule.ReportBeforeDiscovery);
        }

        var report = new RegulatorReport(kind, recipient.Trim(), sentAt, Limit(reference), Limit(content) ?? string.Empty, actor.Name);
        _reports.Add(report);
        Add(IncidentEventKind.ReportRecorded, now, actor, $"{kind}|{report.Recipient}");
        return report;
    }

    /// <summary>Records a notice issued to users (the text as issued, the number of recipients).</summary>
    public IncidentNotice RecordNotice(NoticeChannelKind channel, string language, string templateName, string subject, string body, int recipients, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (channel != NoticeChannelKind.PublicAnnouncement && recipients <= 0)
        {
            throw new IncidentRuleException(IncidentRule.NoRecipients);
        }

        var notice = new IncidentNotice(channel, language, templateName, subject, body, recipients, now, actor.Name);
        _notices.Add(notice);
        Add(IncidentEventKind.NoticeIssued, now, actor, $"{channel}|{recipients}");
        return notice;
    }

    /// <summary>Decides not to notify individuals because the measures effectively avoided harm; the justification is kept and shown.</summary>
    public void DecideNotToNotify(string? justification, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(justification) || justification.Trim().Length < 20)
        {
            throw new IncidentRuleException(IncidentRule.JustificationRequired);
        }

        NoNotificationJustification = Limit(justification);
        Add(IncidentEventKind.NoNotificationDecided, now, actor, NoNotificationJustification);
    }

    public void AddNote(string? text, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var note = Limit(text) ?? throw new IncidentRuleException(IncidentRule.ReasonRequired);
        Add(IncidentEventKind.Note, now, actor, note);
    }

    /// <summary>When the initial report is due, or null when the grade needs none.</summary>
    public DateTimeOffset? ReportDueAt(GradingThresholds thresholds) => MustReport ? GradingAssistant.ReportDeadline(DiscoveredAt, thresholds) : null;
}
