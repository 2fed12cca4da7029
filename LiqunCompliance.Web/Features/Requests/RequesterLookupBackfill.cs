using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// Makes the phone, e-mail and name lookups (<see cref="RequesterLookupHasher"/>) for requests stored before they existed,
/// in the background and in small batches: start-up does not wait for it, and each batch holds the write path for a
/// moment only. New requests get their lookups at intake. Until it has finished, the queue says that a search by
/// contact data may miss older requests.
/// </summary>
public sealed partial class RequesterLookupBackfill(
    IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<RequestIntakeOptions> options, ILogger<RequesterLookupBackfill> logger)
    : LeasedBackgroundJob(scopes, clock, logger)
{
    /// <summary>Rows per transaction.</summary>
    public const int BatchSize = 500;

    protected override string JobName => "requester-lookup-backfill";

    protected override bool Enabled => options.Value.LookupBackfill;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    /// <summary>Each pass works for at most this long (the lease lasts two intervals), then leaves the rest to the next.</summary>
    private static readonly TimeSpan PassBudget = TimeSpan.FromSeconds(45);

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var total = 0;
        while (Clock.GetElapsedTime(started) < PassBudget)
        {
            var done = await RunBatchAsync(cancellationToken);
            total += done;
            if (done < BatchSize)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken); // let intake and officers' saves through
        }

        if (total > 0)
        {
            LogFilled(logger, total);
        }
    }

    /// <summary>One batch: the lookups of up to <see cref="BatchSize"/> older requests; returns how many were made.</summary>
    public async Task<int> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<RequesterLookupHasher>();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.LookupVersion < RequesterLookups.CurrentVersion)
            .OrderBy(r => r.Id)
            .Take(BatchSize)
            .Select(r => new { r.Id, r.Requester.Name, r.Requester.Phone, r.Requester.Email, r.Requester.AccountId })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            var phone = await hasher.HashAsync(CallerKeyKind.Phone, CallerSearch.Phone(row.Phone), cancellationToken);
            var email = await hasher.HashAsync(CallerKeyKind.Email, CallerSearch.Email(row.Email), cancellationToken);
            var name = await hasher.HashAsync(CallerKeyKind.Name, CallerSearch.Name(row.Name), cancellationToken);
            var account = await hasher.HashAsync(CallerKeyKind.Account, CallerSearch.Account(row.AccountId), cancellationToken);

            // Only the lookup columns change: the request's version (its concurrency token) stays, so an officer's
            // open edit is not refused because of the back-fill.
            await db.PrivacyRequests.Where(r => r.Id == row.Id).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.PhoneLookup, phone)
                .SetProperty(r => r.EmailLookup, email)
                .SetProperty(r => r.NameLookup, name)
                .SetProperty(r => r.AccountLookup, account)
                .SetProperty(r => r.LookupVersion, RequesterLookups.CurrentVersion), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>How many requests still wait for their lookups (a filtered index keeps this cheap).</summary>
    public static Task<int> RemainingAsync(ComplianceDbContext db, CancellationToken cancellationToken) =>
        db.PrivacyRequests.CountAsync(r => r.LookupVersion < RequesterLookups.CurrentVersion, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Requester lookups made for {Count} older request(s)")]
    private static partial void LogFilled(ILogger logger, int count);
}
