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
    AuditSealKey sealKey)
{
    /// <summary>One page of records, newest first, filtered in the database.</summary>
    /// <exception cref="UnauthorizedAccessException">The user may not read the audit trail.</exception>
    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await guard.DemandAsync(AccessPolicies.ViewAuditTrail);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var records = Filter(db.AuditRecords.AsNoTracking(), query);
        var total = await records.CountAsync(cancellationToken);
        var page = await records
            .OrderByDescending(r => r.Sequence)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(Math.Clamp(query.PageSize, 1, 500))
            .ToListAsync(cancellationToken);

        var rows = page.Select(r => new AuditRow(r.Sequence, r.OccurredAt, r.UserName, r.Action, r.EntityType, r.EntityKey,
            AuditChangeJson.Deserialize(r.Changes), r.Hash)).ToList();
        return new AuditPage(rows, total);
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

    private static IQueryable<AuditRecord> Filter(IQueryable<AuditRecord> records, AuditQuery query)
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
            var user = query.User.Trim();
            records = records.Where(r => r.UserName != null && r.UserName.Contains(user));
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
