using System.Diagnostics;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Benchmarks;

/// <summary>Issue 8's benchmarks beyond the request queue: detail pages, register and incident lists, chain verification, deadlines, start-up.</summary>
internal static class ScaleMeasurements
{
    public static async Task<List<Measurement>> RunAsync(IServiceProvider services, BenchDatabase database, int requests, int runs)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        var workflow = services.GetRequiredService<RequestWorkflowService>();
        var register = services.GetRequiredService<RegisterService>();
        var incidents = services.GetRequiredService<IncidentService>();
        var audit = services.GetRequiredService<AuditTrailService>();
        var calendar = await services.GetRequiredService<WorkdayCalendarService>().CurrentAsync();
        Guid requestId, entryId;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            requestId = await db.PrivacyRequests.OrderBy(r => r.Reference).Skip(requests / 2).Select(r => r.Id).FirstAsync();
            entryId = await db.RegisterEntries.OrderBy(e => e.Name).Select(e => e.Id).FirstAsync();
        }

        var auditCount = 0L;
        return
        [
            await Measure.RunAsync("Request detail page (service: request, timeline, follow-ups, checks)", runs, async () =>
                (await workflow.GetAsync(requestId))?.Summary.Reference ?? "missing"),
            await Measure.RunAsync("Request detail: the bare SQL behind it", runs, async () => await BareDetailAsync(dbFactory, database, requestId)),
            await Measure.RunAsync("Register list (service)", runs, async () => $"{(await register.ListAsync()).Count:N0} entries"),
            await Measure.RunAsync("Register entry with its version history (service)", runs, async () =>
                $"{(await register.GetAsync(entryId))?.Versions.Count ?? 0} versions"),
            await Measure.RunAsync("Incident log (service)", runs, async () => $"{(await incidents.ListAsync()).Count:N0} incidents"),
            await Measure.RunAsync("Audit-chain verification (service, whole chain)", Math.Min(runs, 3), async () =>
            {
                var result = await audit.VerifyUncheckedAsync(CancellationToken.None);
                auditCount = result.RecordsChecked;
                return $"{result.RecordsChecked:N0} records, intact {result.IsIntact}";
            }),
            await Measure.RunAsync("Audit-chain verification: the bare SQL read behind it", Math.Min(runs, 3), async () => await BareAuditReadAsync(dbFactory)),
            await Measure.RunAsync($"Deadline computation for {requests:N0} requests (domain, working-day calendar)", Math.Min(runs, 3), () =>
                Task.FromResult(Deadlines(calendar, requests))),
            await Measure.RunAsync("Start-up to first served page (portal process on this database)", Math.Min(runs, 3), () => StartupAsync(database)),
        ];
    }

    private static string Deadlines(LiqunCompliance.Domain.Calendar.WorkdayCalendar calendar, int count)
    {
        var start = new DateOnly(2025, 1, 1);
        var types = Enum.GetValues<RequestType>();
        var latest = DateOnly.MinValue;
        for (var i = 0; i < count; i++)
        {
            var due = DefaultDeadlineRules.For(types[i % types.Length]).Apply(calendar, start.AddDays(i % 700)).Date;
            latest = due > latest ? due : latest;
        }

        return $"latest due {latest:yyyy-MM-dd}";
    }

    private static async Task<string> BareDetailAsync(IDbContextFactory<ComplianceDbContext> dbFactory, BenchDatabase database, Guid id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT * FROM "PrivacyRequests" WHERE "Id" = @id;
            SELECT * FROM "RequestEvents" WHERE "PrivacyRequestId" = @id ORDER BY "At";
            SELECT * FROM "FollowUpTasks" WHERE "PrivacyRequestId" = @id;
            SELECT * FROM "CancellationChecks" WHERE "PrivacyRequestId" = @id;
            """;
        BenchDatabase.Add(command, "@id").Value = database.Guid(id);
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }
        while (await reader.NextResultAsync());
        return $"{rows} rows";
    }

    private static async Task<string> BareAuditReadAsync(IDbContextFactory<ComplianceDbContext> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Sequence", "OccurredAt", "UserId", "UserName", "Action", "EntityType", "EntityKey", "Changes", "PreviousHash", "Hash" FROM "AuditRecords" ORDER BY "Sequence" """;
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return $"{rows:N0} rows read";
    }

    /// <summary>Starts the portal (the Release build made with this harness) on the database and times it to a 200 on the sign-in page.</summary>
    private static async Task<string> StartupAsync(BenchDatabase database)
    {
        var watch = Stopwatch.StartNew();
        await using var portal = await PortalProcess.StartAsync(database);
        return $"HTTP 200 after {watch.Elapsed.TotalSeconds:F1} s";
    }
}
