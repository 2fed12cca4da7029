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

    /// <summary>
    /// Starts a report to the regulator as a draft, its fields pre-filled by the caller. A follow-up or the summary report
    /// needs the initial report sent; the summary report needs handling ended (resolved) and is sent once; one draft of a
    /// kind at a time.
    /// </summary>
    public RegulatorReport StartReport(RegulatorReportKind kind, IReadOnlyDictionary<ReportField, string>? fields, string? recipient, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (kind != RegulatorReportKind.Initial && !InitialReportSent)
        {
            throw new IncidentRuleException(IncidentRule.ReportNeedsInitial);
        }

        if (kind == RegulatorReportKind.Final && ResolvedAt is null)
        {
            throw new IncidentRuleException(IncidentRule.SummaryNeedsResolution);
        }

        if (kind == RegulatorReportKind.Final && SummaryReportSent)
        {
            throw new IncidentRuleException(IncidentRule.SummaryAlreadySent);
        }

        if (_reports.Any(r => r.Kind == kind && !r.IsSent))
        {
            throw new IncidentRuleException(IncidentRule.DraftAlreadyOpen);
        }

        var report = new RegulatorReport(kind, RegulatorReportForm.Clean(kind, fields), recipient?.Trim() ?? string.Empty, now, actor.Name);
        _reports.Add(report);
        Add(IncidentEventKind.ReportDrafted, now, actor, kind.ToString());
        return report;
    }

    /// <summary>Saves the draft's fields; a sent report never changes.</summary>
    public void EditReport(Guid reportId, IReadOnlyDictionary<ReportField, string>? fields, string? recipient, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = Draft(reportId);
        report.Edit(RegulatorReportForm.Clean(report.Kind, fields), recipient);
        Add(IncidentEventKind.ReportDrafted, now, actor, report.Kind.ToString());
    }

    /// <summary>Discards a draft (a sent report stays on the record).</summary>
    public void DiscardReport(Guid reportId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = Draft(reportId);
        _reports.Remove(report);
        Add(IncidentEventKind.ReportDiscarded, now, actor, report.Kind.ToString());
    }

    /// <summary>
    /// Marks a draft sent: every field of its kind filled, the grade confirmed by an officer (a proposal is never
    /// reported as the grade), a recipient, and a time between discovery and now.
    /// </summary>
    public void MarkReportSent(Guid reportId, string? recipient, DateTimeOffset sentAt, string? reference, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = Draft(reportId);
        var missing = RegulatorReportForm.Missing(report.Kind, report.Fields);
        if (missing.Count > 0)
        {
            throw new IncidentRuleException(IncidentRule.ReportFieldsMissing, missing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Grade is null)
        {
            throw new IncidentRuleException(IncidentRule.GradeNotConfirmed);
        }

        var to = string.IsNullOrWhiteSpace(recipient) ? report.Recipient : recipient.Trim();
        if (string.IsNullOrWhiteSpace(to))
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

        report.MarkSent(to.Length > 200 ? throw new IncidentRuleException(IncidentRule.TextTooLong) : to, sentAt, Limit(reference), actor.Name);
        Add(IncidentEventKind.ReportSent, now, actor, $"{report.Kind}|{report.Recipient}");
    }

    private RegulatorReport Draft(Guid reportId)
    {
        var report = _reports.FirstOrDefault(r => r.Id == reportId) ?? throw new IncidentRuleException(IncidentRule.ReportNotFound);
        return report.IsSent ? throw new IncidentRuleException(IncidentRule.ReportAlreadySent) : report;
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
