using System.Globalization;
using Fluid;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>
/// User-notification templates (Liquid, sandboxed) and issuing them for an incident: a template missing a required
/// element, or an incident missing a fact a template needs, cannot be issued.
/// </summary>
public sealed class NoticeService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    TimeProvider clock,
    NoticeMailer mailer,
    IncidentService incidents,
    IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<NoticeTemplate>> TemplatesAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NoticeTemplates.AsNoTracking().OrderBy(t => t.Channel).ThenBy(t => t.Language).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }

    public async Task<OperationResult<Guid>> SaveTemplateAsync(Guid? id, Guid seen, string? name, NoticeChannelKind channel, string? language, string? subject, string? body, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageIncidents);
        if (!SafeLiquid.TryParse(NoticeTemplate.StripMarkers(body), out var parsed, out var error) || !SafeLiquid.TryParse(subject, out var parsedSubject, out error))
        {
            return OperationResult<Guid>.Failed(text["Incidents.Template.Syntax", error ?? string.Empty]);
        }

        // Filled once with placeholder facts before it is saved: a template that cannot render is refused here, not at issue.
        var trial = SafeLiquid.Context(language is "en-US" ? "en-US" : "zh-CN");
        trial.SetValue("incident", Enum.GetValues<NoticeElement>().ToDictionary(Key, e => (object?)e.ToString()));
        foreach (var outcome in new[] { await SafeLiquid.RenderAsync(parsed!, trial), await SafeLiquid.RenderAsync(parsedSubject!, trial) })
        {
            if (!outcome.Succeeded)
            {
                return OperationResult<Guid>.Failed(text["Incidents.Template.RenderFailed", outcome.Error!]);
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            NoticeTemplate template;
            if (id is { } existing)
            {
                template = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.Id == existing, cancellationToken) ?? throw new IncidentRuleException(IncidentRule.TitleRequired);
                if (template.Version != seen)
                {
                    return OperationResult<Guid>.Failed(text["Incidents.Template.Conflict"]);
                }

                template.Edit(name, language, subject, body);
            }
            else
            {
                template = NoticeTemplate.Create(name, channel, language, subject, body);
                db.NoticeTemplates.Add(template);
            }

            if (await db.NoticeTemplates.AnyAsync(t => t.Name == template.Name && t.Id != template.Id, cancellationToken))
            {
                return OperationResult<Guid>.Failed(text["Incidents.Template.NameTaken", template.Name]);
            }

            await db.SaveChangesAsync(cancellationToken);
            var missing = template.MissingElements;
            return OperationResult.Done(template.Id, missing.Count == 0 ? null : text["Incidents.Template.SavedIncomplete", Names(missing)].Value);
        }
        catch (IncidentRuleException)
        {
            return OperationResult<Guid>.Failed(text["Incidents.Template.Invalid"]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<Guid>.Failed(text["Incidents.Template.Conflict"]);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult<Guid>.Failed(message);
        }
    }

    /// <summary>The template filled with the incident's facts; a fact not yet entered shows as 【缺少：…】, never as an empty string.</summary>
    public async Task<RenderedNotice> RenderAsync(NoticeTemplate template, Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(incident);
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        using var culture = CultureScope.Use(template.Language);
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["reference"] = incident.Reference,
            ["title"] = incident.Title,
            ["discovered_at"] = ChinaTime.ToShanghai(incident.DiscoveredAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["people_affected"] = incident.PeopleAffectedMin == incident.PeopleAffectedMax
                ? incident.PeopleAffectedMax.ToString("N0", CultureInfo.InvariantCulture)
                : $"{incident.PeopleAffectedMin.ToString("N0", CultureInfo.InvariantCulture)}–{incident.PeopleAffectedMax.ToString("N0", CultureInfo.InvariantCulture)}",
        };
        // An English notice takes the English facts only; it is never filled with the Chinese ones.
        var facts = incident.Narrative.In(template.Language);
        foreach (var element in Enum.GetValues<NoticeElement>())
        {
            model[Key(element)] = facts.For(element) is { Length: > 0 } value ? value : text["Incidents.Notice.Missing", text[$"Incidents.Element.{element}"]].Value;
        }

        if (template.Language == "en-US")
        {
            model["title"] = incident.Reference; // the title is written in Chinese
        }

        var context = SafeLiquid.Context(template.Language);
        context.SetValue("incident", model);
        var body = await FillAsync(NoticeTemplate.StripMarkers(template.Body), context);
        var subject = await FillAsync(template.Subject, context);
        var error = body.Error ?? subject.Error;
        if (error is not null)
        {
            return new RenderedNotice(string.Empty, string.Empty, facts.Missing, template.MissingElements, 0, text["Incidents.Template.RenderFailed", error]);
        }

        var filledBody = NoticeWording.Tidy(body.Text!.Trim());
        var filledSubject = NoticeWording.Tidy(subject.Text!.Trim());
        var chinese = template.Language == "en-US" && facts.Missing.Count == 0 && NoticeWording.ContainsChinese(filledSubject + filledBody)
            ? text["Incidents.Notice.ChineseInEnglish"].Value : null;
        return new RenderedNotice(filledSubject, filledBody, facts.Missing, template.MissingElements, SmsLength.Segments(filledBody), chinese)
        {
            Characters = SmsLength.Characters(filledBody),
        };
    }

    private static async Task<LiquidOutcome> FillAsync(string source, Fluid.TemplateContext context) =>
        SafeLiquid.TryParse(source, out var parsed, out var error) ? await SafeLiquid.RenderAsync(parsed!, context) : new LiquidOutcome(null, error);

    /// <summary>The recipients typed one per line (or separated by commas or semicolons), each once.</summary>
    public static IReadOnlyList<string> Recipients(string? typed) =>
        (typed ?? string.Empty).Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Issues a notice: e-mail to SMTP or the pickup folder; SMS, letter, phone and push as a recipients export for the
    /// team that sends them; a public announcement on /security-notices. Refused while anything required is missing.
    /// </summary>
    /// <param name="repeatConfirmed">
    /// The officer confirmed issuing a notice identical to one already issued on the same channel; without it such a
    /// notice is not issued (NeedsConfirmation, saying when the first went out).
    /// </param>
    public async Task<OperationResult<NoticeIssued>> IssueAsync(Guid incidentId, Guid seen, Guid templateId, string? recipients, bool repeatConfirmed = false, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageIncidents);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.NoticeTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        var incident = await IncidentService.LoadAsync(db, incidentId, tracking: false, cancellationToken);
        if (template is null || incident is null)
        {
            return OperationResult<NoticeIssued>.Failed(text["Incidents.Error.NotFound"]);
        }

        var rendered = await RenderAsync(template, incident, cancellationToken);
        if (rendered.RenderError is not null)
        {
            return OperationResult<NoticeIssued>.Failed(rendered.RenderError);
        }

        if (rendered.MissingSections.Count > 0)
        {
            return OperationResult<NoticeIssued>.Failed(text["Incidents.Rule.TemplateIncomplete", Names(rendered.MissingSections)]);
        }

        if (rendered.MissingFacts.Count > 0)
        {
            return OperationResult<NoticeIssued>.Failed(text["Incidents.Notice.FactsMissing", Names(rendered.MissingFacts)]);
        }

        var earlier = incident.Notices.Where(n => n.Channel == template.Channel && n.Subject == rendered.Subject && n.Body == rendered.Body)
            .OrderBy(n => n.IssuedAt).FirstOrDefault();
        if (earlier is not null && !repeatConfirmed)
        {
            return OperationResult<NoticeIssued>.Failed(OperationFailure.NeedsConfirmation, text["Incidents.Notice.AlreadyIssued",
                ChinaTime.ToShanghai(earlier.IssuedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), earlier.ByName]);
        }

        var list = Recipients(recipients);
        var mailboxes = new List<MailboxAddress>();
        if (template.Channel == NoticeChannelKind.Email)
        {
            foreach (var address in list)
            {
                if (!MailboxAddress.TryParse(address, out var mailbox) || !address.Contains('@', StringComparison.Ordinal))
                {
                    return OperationResult<NoticeIssued>.Failed(text["Incidents.Notice.BadAddress", PersonalDataMask.Email(address)]);
                }

                mailboxes.Add(mailbox);
            }
        }

        if (template.Channel != NoticeChannelKind.PublicAnnouncement && list.Count == 0)
        {
            return OperationResult<NoticeIssued>.Failed(text["Incidents.Rule.NoRecipients", string.Empty]);
        }

        // Record first (the version check refuses a stale page), then deliver.
        var result = await incidents.ChangeAsync(incidentId, seen, (tracked, _, actor, now) =>
            tracked.RecordNotice(template.Channel, template.Language, template.Name, rendered.Subject, rendered.Body,
                template.Channel == NoticeChannelKind.PublicAnnouncement ? 0 : list.Count, actor, now), cancellationToken);
        if (!result.Succeeded)
        {
            return OperationResult<NoticeIssued>.Failed(result.Failure, [.. result.Messages]);
        }

        string info;
        NoticeExport? export = null;
        switch (template.Channel)
        {
            case NoticeChannelKind.Email:
                var sent = await mailer.SendAsync(rendered.Subject, rendered.Body, mailboxes, cancellationToken);
                info = text["Incidents.Notice.EmailSent", sent, mailer.PickupFolder];
                break;
            case NoticeChannelKind.PublicAnnouncement:
                var notice = await db.Set<IncidentNotice>().AsNoTracking().Where(n => EF.Property<Guid>(n, "IncidentId") == incidentId)
                    .OrderByDescending(n => n.IssuedAt).FirstAsync(cancellationToken);
                info = text["Incidents.Notice.Announced", $"/security-notices/{notice.Id}"];
                break;
            default:
                var stamp = ChinaTime.ToShanghai(clock.GetUtcNow()).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
                export = new NoticeExport($"{incident.Reference}-{text[$"Incidents.Channel.{template.Channel}"].Value.Replace(" ", string.Empty, StringComparison.Ordinal)}-{stamp}.csv", NoticeMailer.ExportCsv(rendered.Body, list));
                await mailer.CopyExportAsync(export.FileName, export.Content, cancellationToken);
                info = text["Incidents.Notice.Exported", list.Count, export.FileName];
                break;
        }

        return OperationResult.Done(new NoticeIssued(incidentId, export), info);
    }

    /// <summary>Every public announcement, newest first. Public: no policy.</summary>
    public async Task<IReadOnlyList<PublicAnnouncement>> AnnouncementsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Announcements(db).ToListAsync(cancellationToken);
    }

    public async Task<PublicAnnouncement?> AnnouncementAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Announcements(db, id).FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<PublicAnnouncement> Announcements(ComplianceDbContext db, Guid? id = null) =>
        db.Set<IncidentNotice>().AsNoTracking().Where(n => n.Channel == NoticeChannelKind.PublicAnnouncement && (id == null || n.Id == id))
            .Join(db.Incidents.AsNoTracking(), n => EF.Property<Guid>(n, "IncidentId"), i => i.Id, (n, i) => new { Notice = n, i.Reference })
            .OrderByDescending(x => x.Notice.IssuedAt)
            .Select(x => new PublicAnnouncement(x.Notice.Id, x.Reference, x.Notice.Subject, x.Notice.Body, x.Notice.IssuedAt, x.Notice.Language));

    private static string Key(NoticeElement element) => element switch
    {
        NoticeElement.InformationTypes => "information_types",
        NoticeElement.PossibleHarm => "possible_harm",
        NoticeElement.MeasuresTaken => "measures_taken",
        NoticeElement.UserActions => "user_actions",
        _ => element.ToString().ToLowerInvariant(),
    };

    private string Names(IEnumerable<NoticeElement> elements) => string.Join("、", elements.Select(e => text[$"Incidents.Element.{e}"].Value));
}
