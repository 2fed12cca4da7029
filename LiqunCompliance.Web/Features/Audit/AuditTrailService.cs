using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Data.Interceptors;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Audit;

/// <summary>Reads the audit trail and verifies its chain. Auditors and Administrators only.</summary>
public sealed class AuditTrailService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    CurrentUser currentUser,
    AuditEventRecorder auditEvents,
    AuditHeadPublisher heads,
    AuditSealKey sealKey,
    AuditRecordText presenter,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> text)
{
    /// <summary>The most records one export holds (a narrower period or filter exports the rest).</summary>
    public const int MaxExportRows = 100_000;

    /// <summary>One page of records, newest first, filtered in the database.</summary>
    /// <exception cref="UnauthorizedAccessException">The user may not read the audit trail.</exception>
    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await guard.DemandAsync(AccessPolicies.ViewAuditTrail);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var records = Filter(db, db.AuditRecords.AsNoTracking(), query);
        var total = await records.CountAsync(cancellationToken);
        var page = await records
            .OrderByDescending(r => r.Sequence)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(Math.Clamp(query.PageSize, 1, 500))
            .ToListAsync(cancellationToken);

        var actors = await ActorsAsync(db, page.Select(r => r.UserId), cancellationToken);
        var rows = page.Select(r => Row(db, r, actors, AuditRecordText.PageValueLength)).ToList();
        return new AuditPage(rows, total);
    }

    /// <summary>
    /// The filtered trail as a workbook for an external auditor, oldest first, each record with its chain position, hash
    /// and the previous record's hash (so the chain can be followed in the file), values as the page shows them. The
    /// export is recorded in the trail (filters and number of records) before it is written.
    /// </summary>
    /// <returns>The number of records, or a failure when more than <see cref="MaxExportRows"/> match.</returns>
    public async Task<OperationResult<int>> ExportAsync(AuditQuery query, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        await guard.DemandAsync(AccessPolicies.ViewAuditTrail);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = Filter(db, db.AuditRecords.AsNoTracking(), query);
        var total = await records.CountAsync(cancellationToken);
        if (total > MaxExportRows)
        {
            return OperationResult<int>.Failed(text["Audit.Export.TooMany", total, MaxExportRows]);
        }

        await auditEvents.RecordAsync(AuditAction.AuditTrailExported, nameof(AuditRecord), null, currentUser.Id, currentUser.Name,
            [new FieldChange("filter", null, Describe(query)), new FieldChange("rows", null, total.ToString(System.Globalization.CultureInfo.InvariantCulture))], cancellationToken);

        var actors = await ActorsAsync(db, await records.Select(r => r.UserId).Distinct().ToListAsync(cancellationToken), cancellationToken);
        // Streamed from the database row by row into the workbook (oldest first, as the chain runs).
        var lines = records.OrderBy(r => r.Sequence).AsEnumerable().Select(record => ExportLine(Row(db, record, actors, maxValueLength: null)));
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, lines, sheetName: text["Audit.Title"], cancellationToken: cancellationToken);
        return OperationResult.Done(total);
    }

    private Dictionary<string, object?> ExportLine(AuditRow row) => new()
    {
        [text["Audit.Col.Sequence"]] = row.Sequence,
        [text["Audit.Col.Time"]] = ChinaTime.ToShanghai(row.OccurredAt).DateTime,
        [text["Audit.Col.UserName"]] = Infrastructure.SpreadsheetText.Safe(row.Actor?.DisplayName ?? row.UserName ?? text["Audit.User.System"]),
        [text["Audit.Col.UserRole"]] = row.Actor?.Role,
        [text["Audit.Col.UserEmail"]] = Infrastructure.SpreadsheetText.Safe(row.Actor?.Email ?? row.UserName),
        [text["Audit.Col.Action"]] = presenter.Action(row.Action),
        [text["Audit.Col.Entity"]] = row.EntityText,
        [text["Audit.Col.EntityKey"]] = Infrastructure.SpreadsheetText.Safe(row.EntityKey),
        [text["Audit.Col.Changes"]] = Infrastructure.SpreadsheetText.Safe(string.Join("\n", row.ChangeLines)),
        [text["Audit.Col.Hash"]] = row.Hash,
        [text["Audit.Col.PreviousHash"]] = row.PreviousHash,
    };

    /// <summary>The filters in words, for the export's own audit record.</summary>
    private static string Describe(AuditQuery query) => string.Join("; ", new[]
    {
        query.From is { } f ? $"from {f:yyyy-MM-dd}" : null,
        query.To is { } t ? $"to {t:yyyy-MM-dd}" : null,
        string.IsNullOrWhiteSpace(query.User) ? null : $"user {query.User.Trim()}",
        string.IsNullOrWhiteSpace(query.EntityType) ? null : $"type {query.EntityType}",
        query.Action is { } a ? $"action {a}" : null,
    }.Where(p => p is not null)) is { Length: > 0 } described ? described : "all";

    private AuditRow Row(ComplianceDbContext db, AuditRecord r, IReadOnlyDictionary<string, AuditActor> actors, int? maxValueLength)
    {
        var changes = AuditChangeJson.Deserialize(r.Changes);
        return new AuditRow(r.Sequence, r.OccurredAt, r.UserName, r.Action, r.EntityType, r.EntityKey, changes, r.Hash)
        {
            Actor = r.UserId is { } id ? actors.GetValueOrDefault(id) : null,
            EntityText = presenter.Entity(r.EntityType),
            ChangeLines = [.. changes.Select(c => presenter.Change(db.Model, r.EntityType, c, maxValueLength))],
            PreviousHash = r.PreviousHash,
        };
    }

    /// <summary>The people behind the records: display name, role and e-mail of each user id that still has an account.</summary>
    private async Task<IReadOnlyDictionary<string, AuditActor>> ActorsAsync(ComplianceDbContext db, IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, AuditActor>();
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, role => role.Id, (ur, role) => new { ur.UserId, role.Name }).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => new AuditActor(u.DisplayName,
            string.Join("、", roles.Where(r => r.UserId == u.Id && r.Name is not null).Select(r => presenter.Role(r.Name!)).Order(StringComparer.Ordinal)) is { Length: > 0 } role ? role : null,
            u.Email));
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewAuditTrail);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRecords.AsNoTracking().Select(r => r.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Walks the whole chain in sequence order, streaming from the database, and records that it did
    /// (with the head it reached, so a later truncation can be noticed).
    /// </summary>
    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewAuditTrail);
        return await VerifyUncheckedAsync(cancellationToken);
    }

    /// <summary>The verification itself, for the regulator pack (whose callers passed their own policy); still recorded.</summary>
    internal async Task<AuditChainVerification> VerifyUncheckedAsync(CancellationToken cancellationToken)
    {
        // Each record's seal is checked with the key kept outside the database, and the chain must still reach the last
        // published head with the same hash: a rewritten, re-hashed or cut chain does not pass.
        var verifier = new AuditChainVerifier(sealKey.Key, await heads.LatestAsync(cancellationToken));
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var stream = db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable();
            await foreach (var record in stream.WithCancellation(cancellationToken))
            {
                if (!verifier.Accept(record.ToEntry()))
                {
                    break;
                }
            }
        }

        var result = verifier.Result();
        await auditEvents.RecordAsync(AuditAction.ChainVerified, nameof(AuditRecord), null, currentUser.Id, currentUser.Name,
        [
            new FieldChange("intact", null, result.IsIntact ? "true" : "false"),
            new FieldChange("checked", null, result.RecordsChecked.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new FieldChange("firstBad", null, result.FirstBadSequence?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new FieldChange("head", null, result.HeadHash),
            new FieldChange("problem", null, result.Problem.ToString()),
            new FieldChange("publishedHead", null, result.PublishedHead is { } h ? $"{h.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)} {h.Hash}" : null),
        ], cancellationToken);
        return result;
    }

    private static IQueryable<AuditRecord> Filter(ComplianceDbContext db, IQueryable<AuditRecord> records, AuditQuery query)
    {
        if (query.From is { } from)
        {
            var start = ChinaTime.StartOfDay(from);
            records = records.Where(r => r.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = ChinaTime.StartOfDay(to.AddDays(1));
            records = records.Where(r => r.OccurredAt < end);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            // By e-mail (as recorded) or by the person's display name today.
            var user = query.User.Trim();
            var named = db.Users.Where(u => u.DisplayName.Contains(user)).Select(u => u.Id);
            records = records.Where(r => (r.UserName != null && r.UserName.Contains(user)) || (r.UserId != null && named.Contains(r.UserId)));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            records = records.Where(r => r.EntityType == query.EntityType);
        }

        if (query.Action is { } action)
        {
            records = records.Where(r => r.Action == action);
        }

        return records;
    }
}
