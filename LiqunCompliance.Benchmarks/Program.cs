using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Claims;
using LiqunCompliance.Benchmarks;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Reports;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// dotnet run -c Release --project LiqunCompliance.Benchmarks [-- --quick] [--requests N] [--keep] [--only "Monthly"] [--out docs/benchmarks.md]
//     [--provider PostgreSql] [--postgres "Host=localhost;Username=postgres;Password=postgres"]
var quick = args.Contains("--quick");
var count = Option("--requests") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : quick ? 10_000 : 1_000_000;
var output = Option("--out") is { } target ? Path.Combine(RepositoryRoot(), target) : null;
Measure.Only = Option("--only");
var keep = args.Contains("--keep"); // keep the generated database and reuse it on the next run (for profiling by hand)
var database = BenchDatabase.Create(Option("--provider"), Option("--postgres"), count);
var reuse = keep && database.Exists();
if (!reuse)
{
    database.Delete();
}

var builder = WebApplication.CreateBuilder(["--environment", "Production"]);
builder.Configuration["ConnectionStrings:Compliance"] = database.ConnectionString;
builder.Configuration["Database:Provider"] = database.ProviderName;
builder.Configuration["Audit:SealKey"] = Convert.ToBase64String(AuditDataGenerator.SealKey); // the generator seals with it too; no key file
builder.Logging.ClearProviders();
builder.Services.AddComplianceDatabase(builder.Configuration, builder.Environment);
builder.Services.AddComplianceIdentity();
builder.Services.AddComplianceLocalization();
builder.Services.AddComplianceFeatures();
await using var app = builder.Build();
await app.InitializeDatabaseAsync();

var now = TimeProvider.System.GetUtcNow();
Console.WriteLine($"Generating {count:N0} requests (and register, incidents, audit trail) in {database.Description} ...");
var generation = System.Diagnostics.Stopwatch.StartNew();
await using var scope = app.Services.CreateAsyncScope();
scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
    [new Claim(ClaimTypes.NameIdentifier, "officer-1"), new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Roles.PrivacyOfficer)], "bench")));
var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();

// Issue 8's default size at a million requests: 2,000 register entries with 20,000 versions, 5,000 incidents, 500,000 audit records.
var (entries, incidentCount, auditCount) = (Math.Max(20, count / 500), Math.Max(50, count / 200), count / 2);
if (!reuse)
{
    RequestDataGenerator.Fill(database, count, app.Services.GetRequiredService<IDataProtectionProvider>(), now);
    await ScaleDataGenerator.FillRegisterAsync(dbFactory, entries, 10, now);
    await ScaleDataGenerator.FillIncidentsAsync(dbFactory, incidentCount, now);
    AuditDataGenerator.Fill(database, auditCount, now);
}
var generationSeconds = generation.Elapsed.TotalSeconds;
Console.WriteLine($"  done in {generationSeconds:F1} s");
CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
var queries = scope.ServiceProvider.GetRequiredService<RequestQueryService>();
var exports = scope.ServiceProvider.GetRequiredService<RequestExportService>();
var queueQuery = new RequestQueueQuery(View: QueueView.Open, Type: RequestType.Deletion, Sort: QueueSort.DueDate, PageSize: 50);
var today = DateOnly.FromDateTime(LiqunCompliance.Domain.Common.ChinaTime.ToShanghai(now).DateTime);
var runs = quick ? 3 : 10;
var dashboards = scope.ServiceProvider.GetRequiredService<DashboardService>();
var monthly = scope.ServiceProvider.GetRequiredService<MonthlyReportService>();
var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
var lastMonth = today.AddMonths(-1);
var reportMonth = new LiqunCompliance.Domain.Reports.ReportMonth(lastMonth.Year, lastMonth.Month);

MonthlyReport? builtReport = null;
var results = new List<Measurement>
{
    await Measure.RunAsync("Queue page: open deletions by due date, 50 rows (service: count, filter, sort, page, map)", runs, async () =>
        $"{(await queries.QueueAsync(queueQuery)).Rows.Count} rows"),
    await Measure.RunAsync("Queue page: the bare SQL behind it (count + first 50 rows)", runs, async () => await BareQueueSqlAsync(dbFactory, database, queueQuery)),
    await Measure.RunAsync("Queue page count (service)", runs, async () => $"{(await queries.QueueAsync(queueQuery with { PageSize = 1 })).TotalCount:N0} total"),
    await Measure.RunAsync("Home: overdue count", runs, async () =>
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return $"{await RequestQueryService.Overdue(RequestQueryService.Open(db.PrivacyRequests.AsNoTracking()), today).CountAsync():N0} overdue";
    }),
    await Measure.RunAsync("Home: all seven request counters", runs, async () => $"{(await queries.CountersAsync()).Overdue:N0} overdue"),
    await Measure.RunAsync("Dashboard: every section's queries (requests, incidents, register, policies)", runs, async () =>
        $"{(await dashboards.GetAsync()).Requests!.OverdueCount:N0} overdue"),
    await Measure.RunAsync("Dashboard: incidents section only (counts by grade and status, reports due)", runs, async () =>
    {
        var incidentParts = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Incidents.IncidentService>();
        var counts = await incidentParts.CountsAsync();
        return $"{counts.Sum(c => c.Count):N0} incidents, {(await incidentParts.ReportsDueAsync()).Count:N0} reports due";
    }),
    await Measure.RunAsync("Dashboard: register section only (reviews due, pending list changes)", runs, async () =>
    {
        var entries = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Register.RegisterService>();
        var published = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Register.PublishedListService>();
        return $"{(await entries.ReviewsDueAsync()).Count:N0} reviews due, {(await published.PendingAsync()).Changes.Count:N0} pending changes";
    }),
    await Measure.RunAsync($"Monthly report {reportMonth}: figures only (queries and definitions)", quick ? 2 : 3, async () =>
        $"{(await monthly.BuildAsync(reportMonth)).Requests.Received:N0} received"),
    await Measure.RunAsync($"Monthly report {reportMonth}: PDF rendering only", quick ? 2 : 3, async () =>
    {
        builtReport ??= await monthly.BuildAsync(reportMonth);
        await using var stream = new MemoryStream();
        MonthlyReportPdf.Write(builtReport, text, stream);
        return $"{stream.Length / 1024.0:F0} KB";
    }),
    await Measure.RunAsync($"Monthly report {reportMonth}: Excel writing only", quick ? 2 : 3, async () =>
    {
        builtReport ??= await monthly.BuildAsync(reportMonth);
        await using var stream = new MemoryStream();
        MonthlyReportExcel.Write(builtReport, text, stream);
        return $"{stream.Length / 1024.0 / 1024.0:F1} MB";
    }),
    await Measure.RunAsync($"Monthly report {reportMonth}: figures + PDF", quick ? 2 : 3, async () =>
    {
        var report = await monthly.BuildAsync(reportMonth);
        await using var stream = new MemoryStream();
        MonthlyReportPdf.Write(report, text, stream);
        return $"{report.Requests.Received:N0} received, {stream.Length / 1024.0:F0} KB";
    }),
    await Measure.RunAsync($"Monthly report {reportMonth}: figures + Excel (ClosedXML layout, streamed rows)", quick ? 2 : 3, async () =>
    {
        var report = await monthly.BuildAsync(reportMonth);
        await using var stream = new MemoryStream();
        MonthlyReportExcel.Write(report, text, stream);
        return $"{report.RequestRows.Count:N0} rows, {stream.Length / 1024.0 / 1024.0:F1} MB";
    }),
    await Measure.RunAsync($"Excel export of the access requests ({count / 10:N0} rows, streamed)", quick ? 2 : 3, async () =>
    {
        var file = Path.GetTempFileName();
        await using (var stream = File.Create(file))
        {
            var rows = await exports.WriteAsync(new RequestQueueQuery(View: QueueView.All, Type: RequestType.Access), unmasked: false, stream);
            var size = stream.Length;
            File.Delete(file);
            return $"{rows:N0} rows, {size / 1024.0 / 1024.0:F1} MB";
        }
    }),
};

results.AddRange(await ScaleMeasurements.RunAsync(scope.ServiceProvider, database, count, runs));
results.AddRange(await PortalLoadMeasurements.RunAsync(app.Services, database, quick ? 200 : 1_000, now));

var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(database.IsPostgreSql ? "PostgreSQL on localhost" : "SQLite")}";
var table = string.Join(Environment.NewLine, results.Where(r => r.Detail != Measure.Skipped).Select(r => $"| {r.Name} | {r.MedianMs:F1} | {r.MinMs:F1}–{r.MaxMs:F1} | {r.PeakMemoryMb:F0} | {r.Detail} |"));
var report = $"""
    ### Requests: {count:N0} rows ({(quick ? "quick smoke run" : "full run")}, {now:yyyy-MM-dd})

    Machine: {machine}. Data: {count:N0} requests, {entries:N0} register entries with {entries * 10:N0} versions, {incidentCount:N0} incidents, {auditCount:N0} generated audit records (plus those the register and incident saves wrote), generated in {generationSeconds:F0} s. Median of {runs} runs after one warm-up; memory is the growth of the process's working set while the runs went on.

    | benchmark | median ms | min–max ms | peak MB | result |
    | --- | ---: | ---: | ---: | --- |
    {table}

    """;
Console.WriteLine(report);
if (output is not null)
{
    await File.AppendAllTextAsync(output, report + Environment.NewLine);
}

if (!keep)
{
    database.Delete();
}

return 0;

// dotnet run starts in the project folder: paths given on the command line are relative to the repository.
static string RepositoryRoot()
{
    var directory = new DirectoryInfo(Environment.CurrentDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LiqunCompliance.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Environment.CurrentDirectory;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static async Task<string> BareQueueSqlAsync(IDbContextFactory<ComplianceDbContext> dbFactory, BenchDatabase database, RequestQueueQuery query)
{
    // The same page written by hand: what the database alone costs, so the portal's overhead is the ratio.
    await using var db = await dbFactory.CreateDbContextAsync();
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    // The two statements the page needs, as the service runs them: the filtered count, then the first 50 rows.
    command.CommandText = """
        SELECT count(*) FROM "PrivacyRequests" WHERE "IsOpen" AND "Type" = @type;
        SELECT "Id", "Reference", "Type", "Channel", "Status", "MaskedName", "MaskedContact", "ReceivedAt", "DueDate", "ClosedAt", "RuleKind", "AssigneeName", "EarlierRequestsInYear", "CalendarWarning"
        FROM "PrivacyRequests"
        WHERE "IsOpen" AND "Type" = @type
        ORDER BY "DueSortKey", "ReceivedAt"
        LIMIT 50
        """;
    BenchDatabase.Add(command, "@type").Value = query.Type!.Value.ToString();
    var rows = 0;
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    var total = reader.GetInt64(0);
    await reader.NextResultAsync();
    while (await reader.ReadAsync())
    {
        rows++;
    }

    return $"{rows} rows of {total:N0}";
}
