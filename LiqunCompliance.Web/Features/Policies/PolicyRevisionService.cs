using System.Text;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>The office's side of policy revisions: every call checks the policy, every change is saved against the version the officer saw.</summary>
public sealed class PolicyRevisionService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    public const int MaxImportBytes = 1024 * 1024;

    public async Task<IReadOnlyList<PolicyDocumentSummary>> DocumentsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewPolicyRevisions);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.PolicyDocuments.AsNoTracking().OrderBy(d => d.Key == PolicyDocument.PrivacyPolicyKey ? 0 : 1).ThenBy(d => d.Key).ToListAsync(cancellationToken);
        var rows = await db.PolicyRevisions.AsNoTracking()
            .Select(r => new { r.DocumentId, Row = new RevisionRow(r.Id, r.Label, r.Status, r.MajorChanges.Count > 0, r.AuthorName, r.ReviewerName, r.EffectiveDate, r.UpdatedAt, r.PublishedAt) })
            .ToListAsync(cancellationToken);
        return documents.Select(d =>
        {
            var revisions = rows.Where(r => r.DocumentId == d.Id).Select(r => r.Row).OrderByDescending(r => r.UpdatedAt).ToList();
            return new PolicyDocumentSummary(d.Id, d.Key, d.TitleZh, d.TitleEn, revisions.FirstOrDefault(r => r.Status == RevisionStatus.Published), revisions);
        }).ToList();
    }

    /// <summary>Adds a document the office publishes in revisions (key used in public addresses, Chinese and English titles).</summary>
    public async Task<OperationResult<Guid>> CreateDocumentAsync(string? key, string? titleZh, string? titleEn, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManagePolicyRevisions);
        PolicyDocument document;
        try
        {
            document = PolicyDocument.Create(key ?? string.Empty, titleZh ?? string.Empty, titleEn ?? string.Empty);
        }
        catch (PolicyRuleException)
        {
            return OperationResult<Guid>.Failed(text["Policies.Error.Document"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PolicyDocuments.AnyAsync(d => d.Key == document.Key, cancellationToken))
        {
            return OperationResult<Guid>.Failed(text["Policies.Error.DocumentTaken", document.Key]);
        }

        db.PolicyDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Done(document.Id);
    }

    public async Task<RevisionDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewPolicyRevisions);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revision = await db.PolicyRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (revision is null)
        {
            return null;
        }

        var document = await db.PolicyDocuments.AsNoTracking().FirstAsync(d => d.Id == revision.DocumentId, cancellationToken);
        var basedOn = revision.BasedOnRevisionId is { } baseId
            ? await db.PolicyRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == baseId, cancellationToken)
            : null;
        return new RevisionDetail(revision, document, await BaselineAsync(db, revision, cancellationToken), basedOn);
    }

    /// <summary>Starts a draft from the text in force (or from <paramref name="markdown"/>, e.g. an imported file).</summary>
    /// <param name="submissionId">One per form shown: the same form sent twice (a double click) starts one draft.</param>
    public async Task<OperationResult<Guid>> CreateDraftAsync(Guid documentId, string? label, string? summary, string? markdown = null, Guid? submissionId = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManagePolicyRevisions);
        var now = clock.GetUtcNow();
        return await OncePerSubmission.CreateAsync(dbFactory, "policy-draft", submissionId, now, async db =>
        {
            if (!await db.PolicyDocuments.AnyAsync(d => d.Id == documentId, cancellationToken))
            {
                return OperationResult<Guid>.Failed(OperationFailure.NotFound, text["Policies.Error.NotFound"]);
            }

            var inForce = await PolicyPublisher.InForce(db.PolicyRevisions.AsNoTracking(), documentId)
                .Select(r => new { r.Id, r.Markdown }).FirstOrDefaultAsync(cancellationToken);
            markdown ??= inForce?.Markdown;
            if (await LabelTakenAsync(db, documentId, label, null, cancellationToken))
            {
                return OperationResult<Guid>.Invalid(new Dictionary<string, string> { ["Label"] = text["Policies.Error.LabelTaken", label ?? string.Empty] });
            }

            try
            {
                var revision = PolicyRevision.Draft(documentId, label, markdown, summary, [], currentUser.ToActor(), now, basedOn: inForce?.Id ?? PolicyRevision.NothingInForce);
                db.PolicyRevisions.Add(revision);
                return OperationResult.Done(revision.Id);
            }
            catch (PolicyRuleException refused)
            {
                return OperationResult<Guid>.Failed(PolicyRuleMessages.Message(text, refused.Rule));
            }
        }, text, cancellationToken);
    }

    /// <summary>A .md or .txt file (UTF-8, or GB18030 as Chinese Windows saves it) becomes a new draft.</summary>
    public async Task<OperationResult<Guid>> ImportAsync(Guid documentId, string? label, string? summary, string fileName, byte[] content, Guid? submissionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await guard.DemandAsync(AccessPolicies.ManagePolicyRevisions);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (extension is not (".md" or ".markdown" or ".txt") || content.Length == 0 || content.Length > MaxImportBytes)
        {
            return OperationResult<Guid>.Failed(text["Policies.Error.ImportFile"]);
        }

        var markdown = Decode(content);
        if (markdown.Contains('\0', StringComparison.Ordinal))
        {
            return OperationResult<Guid>.Failed(text["Policies.Error.ImportFile"]);
        }

        return await CreateDraftAsync(documentId, label, summary, markdown, submissionId, cancellationToken);
    }

    public Task<OperationResult<Guid>> EditAsync(Guid id, Guid seen, string? label, string? markdown, string? summary, IEnumerable<MajorChangeTrigger> triggers, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, async (db, revision, actor, now) =>
        {
            if (await LabelTakenAsync(db, revision.DocumentId, label, revision.Id, cancellationToken))
            {
                return text["Policies.Error.LabelTaken", label ?? string.Empty];
            }

            revision.Edit(label, markdown, summary, triggers, actor, now);
            return null;
        }, cancellationToken);

    public Task<OperationResult<Guid>> PlanNoticeAsync(Guid id, Guid seen, NoticePlan? plan, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (_, revision, actor, now) => Run(() => revision.PlanNotice(plan, actor, now)), cancellationToken);

    public Task<OperationResult<Guid>> SubmitAsync(Guid id, Guid seen, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (_, revision, actor, now) => Run(() => revision.SubmitForReview(actor, now)), cancellationToken);

    public Task<OperationResult<Guid>> ReturnAsync(Guid id, Guid seen, string? comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (_, revision, actor, now) => Run(() => revision.ReturnToDraft(actor, comment, now)), cancellationToken);

    /// <summary>Approves, unless the revision would undo another: its base is no longer in force, or another revision is approved.</summary>
    public Task<OperationResult<Guid>> ApproveAsync(Guid id, Guid seen, DateOnly? effectiveDate, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, async (db, revision, actor, now) =>
        {
            await PolicyPublisher.EnsureNothingIsUndoneAsync(db, revision, cancellationToken);
            revision.Approve(actor, effectiveDate, ChinaTime.Today(clock), now);
            return null;
        }, cancellationToken);

    /// <summary>The author has merged what changed in the version in force: the revision is now based on it (and back to draft).</summary>
    public Task<OperationResult<Guid>> RebaseAsync(Guid id, Guid seen, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, async (db, revision, actor, now) =>
        {
            var inForce = await PolicyPublisher.InForceAsync(db, revision.DocumentId, cancellationToken);
            revision.Rebase(inForce?.Id, actor, now);
            return null;
        }, cancellationToken);

    public Task<OperationResult<Guid>> WithdrawAsync(Guid id, Guid seen, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (_, revision, actor, now) => Run(() => revision.Withdraw(actor, reason, now)), cancellationToken);

    /// <summary>Publishes an approved revision whose effective date has come, superseding the one in force.</summary>
    public Task<OperationResult<Guid>> PublishNowAsync(Guid id, Guid seen, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, seen, (db, revision, actor, now) => Run(() => PolicyPublisher.Publish(db, revision, actor.Name, ChinaTime.Today(clock), now)), cancellationToken);

    /// <summary>Recomputes the SHA-256 of a published revision's stored text and compares it with the one kept at publication.</summary>
    public async Task<bool?> VerifyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewPolicyRevisions);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revision = await db.PolicyRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return revision?.ContentHash is null ? null : PolicyText.Matches(revision.Markdown, revision.ContentHash);
    }

    private async Task<OperationResult<Guid>> ChangeAsync(
        Guid id, Guid seen, Func<ComplianceDbContext, PolicyRevision, Actor, DateTimeOffset, Task<string?>> change, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(AccessPolicies.ManagePolicyRevisions);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revision = await db.PolicyRevisions.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (revision is null)
        {
            return OperationResult<Guid>.Failed(text["Policies.Error.NotFound"]);
        }

        if (revision.Version != seen)
        {
            return Conflict(revision);
        }

        try
        {
            var refused = await change(db, revision, currentUser.ToActor(), clock.GetUtcNow());
            if (refused is not null)
            {
                return OperationResult<Guid>.Failed(refused);
            }

            await db.SaveChangesAsync(cancellationToken);
            return OperationResult.Done(revision.Id);
        }
        catch (PolicyRuleException refused)
        {
            return OperationResult<Guid>.Failed(PolicyRuleMessages.Message(text, refused));
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return Conflict(await fresh.PolicyRevisions.AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken));
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult<Guid>.Failed(message);
        }
    }

    private static Task<string?> Run(Action action)
    {
        action();
        return Task.FromResult<string?>(null);
    }

    private OperationResult<Guid> Conflict(PolicyRevision current) => OperationResult<Guid>.Failed(text["Policies.Error.Conflict",
        current.LastEditedByName, ChinaTime.ToShanghai(current.UpdatedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        text[$"Policies.Status.{current.Status}"]]);

    private static async Task<bool> LabelTakenAsync(ComplianceDbContext db, Guid documentId, string? label, Guid? self, CancellationToken cancellationToken)
    {
        var trimmed = label?.Trim();
        return trimmed is { Length: > 0 } && await db.PolicyRevisions.AnyAsync(r => r.DocumentId == documentId && r.Label == trimmed && r.Id != self, cancellationToken);
    }

    /// <summary>What a revision is compared with: the one in force for a new revision; the one it followed for a published one.</summary>
    internal static async Task<PolicyRevision?> BaselineAsync(ComplianceDbContext db, PolicyRevision revision, CancellationToken cancellationToken)
    {
        var published = db.PolicyRevisions.AsNoTracking()
            .Where(r => r.DocumentId == revision.DocumentId && r.Id != revision.Id && (r.Status == RevisionStatus.Published || r.Status == RevisionStatus.Superseded));
        if (revision.PublishedAt is { } at)
        {
            return await published.Where(r => r.PublishedAt < at).OrderByDescending(r => r.PublishedAt).FirstOrDefaultAsync(cancellationToken);
        }

        return await PolicyPublisher.InForce(published, revision.DocumentId).FirstOrDefaultAsync(cancellationToken);
    }

    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }
}
