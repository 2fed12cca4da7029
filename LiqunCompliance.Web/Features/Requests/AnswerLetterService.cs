using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Reports.Pdf;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// The answer to the requester, from a Liquid template per language with a branch per type and outcome (Fluid, sandboxed).
/// The preview masks the name; the PDF is addressed by name, so downloading it is an audited reveal.
/// </summary>
public sealed class AnswerLetterService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    AuditEventRecorder auditEvents,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Templates = new();

    public async Task<string?> PreviewAsync(Guid id, string culture, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        var request = await LoadAsync(id, cancellationToken);
        using var scope = CultureScope.Use(culture);
        return request is null ? null : (await RenderAsync(request, culture, PersonalDataMask.Text(request.Requester.Name))).Text;
    }

    /// <summary>
    /// The letter as it will read once the request is refused on <paramref name="reason"/> with <paramref name="explanation"/>
    /// (name masked): what the officer confirms before refusing.
    /// </summary>
    public async Task<string?> PreviewRefusalAsync(Guid id, RefusalReason reason, string? explanation, string culture, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        var request = await LoadAsync(id, cancellationToken);
        using var scope = CultureScope.Use(culture);
        return request is null ? null : (await RenderAsync(request, culture, PersonalDataMask.Text(request.Requester.Name), new LetterOutcome(RequestStatus.Rejected, explanation, reason))).Text;
    }

    /// <summary>Writes the letter as a PDF and records the reveal of the requester's name in the audit trail.</summary>
    /// <returns>The request's reference, or null when it does not exist.</returns>
    public async Task<string?> WritePdfAsync(Guid id, string culture, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await guard.DemandAsync(AccessPolicies.RevealPersonalData);
        var request = await LoadAsync(id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        string reference;
        using (CultureScope.Use(culture))
        {
            reference = await WriteLetterPdfAsync(request, culture, output);
        }

        await auditEvents.RecordAsync(AuditAction.PersonalDataRevealed, nameof(PrivacyRequest), request.Id.ToString(), currentUser.Id, currentUser.Name,
            [new FieldChange("reference", null, request.Reference), new FieldChange("fields", null, "name (answer letter PDF)")], cancellationToken);
        return reference;
    }

    /// <summary>
    /// The requester's own download from the privacy center, once the request is answered; the caller has checked the
    /// tracking pass (a code sent to the request's contact). Recorded in the audit trail as a reveal to the requester.
    /// </summary>
    /// <returns>The request's reference, or null when it does not exist or is not answered yet.</returns>
    public async Task<string?> WritePdfForRequesterAsync(Guid id, string culture, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var request = await LoadAsync(id, cancellationToken);
        if (request is null || !RequestWorkflow.IsAnswered(request.Status))
        {
            return null;
        }

        string reference;
        using (CultureScope.Use(culture))
        {
            reference = await WriteLetterPdfAsync(request, culture, output);
        }

        await auditEvents.RecordAsync(AuditAction.PersonalDataRevealed, nameof(PrivacyRequest), request.Id.ToString(), RequestActors.PrivacyCenter.Id, RequestActors.PrivacyCenter.Name,
            [new FieldChange("reference", null, request.Reference), new FieldChange("fields", null, "name (answer letter PDF, downloaded by the requester in the privacy center)")], cancellationToken);
        return reference;
    }

    private async Task<string> WriteLetterPdfAsync(PrivacyRequest request, string culture, Stream output)
    {
        var letter = await RenderAsync(request, culture, request.Requester.Name ?? text["Letters.Requester"]);
        var generated = ChinaTime.ToShanghai(clock.GetUtcNow()).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        using (var pdf = new PdfLayout(request.Reference, text["Letters.PdfHeader", request.Reference], text["Letters.PdfFooter", generated])
        { PageNumberFormat = text["Letters.PageNumber"] })
        {
            pdf.Heading(text["Letters.Title", text[$"Requests.Type.{request.Type}"]]);
            pdf.KeyValues(
            [
                (text["Requests.Column.Reference"], request.Reference),
                (text["Requests.Column.Received"], ChinaTime.ToShanghai(request.ReceivedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                (text["Requests.Column.Status"], text[$"Requests.Status.{request.Status}"]),
            ]);
            foreach (var paragraph in letter.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                pdf.Paragraph(paragraph.Trim());
            }

            pdf.Closing(letter.Signature);
            pdf.Save(output);
        }

        return request.Reference;
    }

    private async Task<PrivacyRequest?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PrivacyRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>An outcome to write the letter for, instead of the request's own (a refusal's preview).</summary>
    private sealed record LetterOutcome(RequestStatus Status, string? Text, RefusalReason? Reason);

    /// <summary>The letter's body and its signature block (company, officer, seal, date), set apart as a letter sets it.</summary>
    private sealed record Letter(string Body, IReadOnlyList<string> Signature)
    {
        public string Text => Body + "\n\n" + string.Join('\n', Signature);
    }

    private async Task<Letter> RenderAsync(PrivacyRequest request, string culture, string requesterName, LetterOutcome? outcome = null)
    {
        outcome ??= new LetterOutcome(request.Status, request.Status == RequestStatus.Rejected ? request.Outcome : request.Answer, request.RefusalReason);
        var context = SafeLiquid.Context(culture);
        context.SetValue("requester_name", requesterName);
        context.SetValue("reference", request.Reference);
        context.SetValue("received_date", LetterDate(ChinaTime.ToShanghai(request.ReceivedAt).Date, culture));
        context.SetValue("channel_name", text[$"Requests.Channel.{request.Channel}"].Value);
        context.SetValue("type", request.Type.ToString());
        context.SetValue("type_name", text[$"Requests.Type.{request.Type}"].Value);
        context.SetValue("outcome", outcome.Status is RequestStatus.Completed or RequestStatus.Rejected or RequestStatus.Withdrawn ? outcome.Status.ToString() : "Pending");
        // The internal outcome note is never printed: a completion prints its answer, a refusal its explanation to the requester.
        context.SetValue("answer_text", outcome.Status == RequestStatus.Completed ? outcome.Text ?? string.Empty : string.Empty);
        context.SetValue("explanation_text", outcome.Status == RequestStatus.Rejected ? outcome.Text ?? string.Empty : string.Empty);
        context.SetValue("refusal_reason", outcome.Reason is { } reason ? RefusalText.Label(text, reason) : string.Empty);
        context.SetValue("recipients_notified", request.FollowUps.Count > 0);
        context.SetValue("clock_started", request.DueDate is not null);
        context.SetValue("needs_verification", request.Rule.Start == ClockStart.IdentityVerification && request.IdentityVerifiedAt is null);
        context.SetValue("due_date", request.DueDate is { } due ? LetterDate(due.ToDateTime(TimeOnly.MinValue), culture) : string.Empty);
        context.SetValue("period", text[$"Letters.Period.{request.Rule.Kind}", request.Rule.Days].Value);
        context.SetValue("unmet_conditions", request.Type == RequestType.AccountCancellation && !request.IsClosed
            ? request.CancellationChecks.Where(c => c.Met == false).Select(c => $"{CancellationConditions.Number(c.Precondition)} {text[$"Requests.Precondition.{c.Precondition}"].Value}").ToArray()
            : []);
        var rendered = await SafeLiquid.RenderAsync(Template(culture), context);
        var body = rendered.Succeeded ? CollapseBlankLines(rendered.Text!) : throw new InvalidOperationException($"The {culture} answer letter could not be filled: {rendered.Error}");
        // The letter is dated the day it was sent; until then it is a draft and says so.
        var dated = request.AnswerSentAt is { } sent ? LetterDate(ChinaTime.ToShanghai(sent).Date, culture) : text["Letters.Draft"].Value;
        return new Letter(body, [.. text["Letters.Signature"].Value.Split('\n'), dated]);
    }

    /// <summary>2026年12月2日 in Chinese, 2 December 2026 in English.</summary>
    public static string LetterDate(DateTime date, string culture) => culture == "en-US"
        ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static IFluidTemplate Template(string culture) => Templates.GetOrAdd(culture, c =>
    {
        var name = $"LiqunCompliance.Web.Letters.answer.{(c == "en-US" ? "en-US" : "zh-CN")}.liquid";
        using var stream = typeof(AnswerLetterService).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing letter template {name}.");
        using var reader = new StreamReader(stream);
        return SafeLiquid.TryParse(reader.ReadToEnd(), out var template, out var error)
            ? template!
            : throw new InvalidOperationException($"Letter template {name} does not parse: {error}");
    });

    private static string CollapseBlankLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (result.Count == 0 || result[^1].Length == 0))
            {
                continue;
            }

            result.Add(line);
        }

        return string.Join('\n', result).Trim();
    }
}
