using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Features.Policies;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>
/// One ZIP for an inspection: the policy in force and the archive list, the published SDK and collection lists, the
/// request log with on-time evidence for a period, the incident register with its reports, the audit-chain
/// verification, and a manifest with the SHA-256 of every file.
/// </summary>
public sealed class RegulatorPackService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    TimeProvider clock,
    PublicPolicyService policies,
    PublishedListService lists,
    IncidentService incidents,
    AuditTrailService audit,
    Audit.AuditHeadPublisher auditHeads,
    IStringLocalizer<SharedResource> text)
{
    public const string ManifestName = "manifest-sha256.txt";

    public async Task<byte[]> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewReports);
        var files = new List<(string Name, byte[] Content)>();

        if (await policies.CurrentAsync(PolicyDocument.PrivacyPolicyKey, cancellationToken) is { } current)
        {
            files.Add(($"policy/{current.Document.Key}-{current.Revision.Label}.pdf", Write(s => PolicyPdf.Write(current.Document, current.Revision, text, s))));
        }

        files.Add(("policy/archive.xlsx", await ArchiveAsync(cancellationToken)));
        if (await lists.PublishedAsync(null, cancellationToken) is { } published)
        {
            files.Add(($"lists/{RegisterListExport.FileName(published, "xlsx")}", Write(s => RegisterListExport.WriteExcel(published, text, s))));
            files.Add(($"lists/{RegisterListExport.FileName(published, "pdf")}", Write(s => RegisterListExport.WritePdf(published, text, s))));
        }

        files.Add(($"requests/request-log-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx", await RequestLogAsync(from, to, cancellationToken)));
        var log = await incidents.LoadLogAsync(cancellationToken);
        files.Add(("incidents/incident-register.xlsx", IncidentRegister([.. log.Select(i => i.Row)])));
        foreach (var (row, incident) in log)
        {
            foreach (var report in incident.Reports.Where(r => r.IsSent))
            {
                files.Add(($"incidents/{IncidentReportPdf.FileName(incident, report, text)}", Write(s => IncidentReportPdf.Write(incident, report, text, s))));
            }
        }

        var verification = await audit.VerifyUncheckedAsync(cancellationToken);
        var publishedHead = await auditHeads.PublishAsync("regulator-pack", cancellationToken);
        files.Add(("audit/audit-chain-verification.txt", Encoding.UTF8.GetBytes(string.Join('\n',
            $"intact: {(verification.IsIntact ? "yes" : "no")}",
            $"records checked: {verification.RecordsChecked}",
            $"first bad sequence: {verification.FirstBadSequence?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
            $"problem: {verification.Problem}",
            $"head sequence: {verification.HeadSequence}",
            $"head hash: {verification.HeadHash}",
            $"compared with the head published before: {(verification.PublishedHead is { } before ? $"{before.Sequence} {before.Hash} at {ChinaTime.ToShanghai(before.PublishedAt):yyyy-MM-dd HH:mm}" : "none yet")}",
            $"head published with this pack: {(publishedHead is null ? "-" : $"{publishedHead.Sequence} {publishedHead.Hash}")}",
            $"verified at: {ChinaTime.ToShanghai(clock.GetUtcNow()):yyyy-MM-dd HH:mm:ss} (Asia/Shanghai)"))));

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken);
                await entry.WriteAsync(content, cancellationToken);
            }

            await using var manifest = await zip.CreateEntry(ManifestName).OpenAsync(cancellationToken);
            await manifest.WriteAsync(Encoding.UTF8.GetBytes(Manifest(files, from, to)), cancellationToken);
        }

        return buffer.ToArray();
    }

    /// <summary>sha256sum-style lines ("hash  name"), so `sha256sum -c` can check an unpacked copy.</summary>
    public string Manifest(IEnumerable<(string Name, byte[] Content)> files, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(files);
        var lines = files.Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Content))}  {f.Name}");
        return $"# {text["Reports.Pack.Title"].Value} {from:yyyy-MM-dd} – {to:yyyy-MM-dd}, {ChinaTime.ToShanghai(clock.GetUtcNow()):yyyy-MM-dd HH:mm} (Asia/Shanghai)\n"
            + string.Join('\n', lines) + "\n";
    }

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private async Task<byte[]> ArchiveAsync(CancellationToken cancellationToken)
    {
        var archive = await policies.ArchiveAsync(cancellationToken);
        return Sheet(text["Public.Policy.Archive"], [text["Policies.Document"], text["Policies.Label"], text["Public.Policy.Period"], text["Policies.Summary"], "SHA-256"],
            archive.SelectMany(a => a.Entries.Select(e => new object?[] { a.Document.TitleZh, e.Label, EffectiveDateText.Period(text, e), e.ChangeSummary, e.ContentHash })));
    }

    private async Task<byte[]> RequestLogAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var start = ChinaTime.StartOfDay(from);
        var end = ChinaTime.StartOfDay(to.AddDays(1));
        var rows = await db.PrivacyRequests.AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt < end).OrderBy(r => r.ReceivedAt)
            .Select(r => new { r.Reference, r.Type, r.Channel, r.Status, r.MaskedName, r.ReceivedAt, r.IdentityVerifiedAt, r.DueDate, r.ClosedAt, r.AnswerSentAt })
            .ToListAsync(cancellationToken);
        return Sheet(text["Reports.Sheet.Requests"],
            [text["Reports.Col.Reference"], text["Reports.Col.Type"], text["Reports.Col.Channel"], text["Reports.Col.Status"], text["Reports.Col.Requester"],
             text["Reports.Col.Received"], text["Reports.Pack.Verified"], text["Reports.Col.Due"], text["Reports.Pack.AnswerSent"], text["Reports.Col.Closed"], text["Reports.Col.OnTime"]],
            rows.Select(r =>
            {
                var closed = RequestStatistics.ClosedStatuses.Contains(r.Status) && r.ClosedAt is not null;
                var onTime = closed ? RequestStatistics.OnTime(new RequestFact(r.Type, r.Status, r.ReceivedAt, r.ClosedAt, r.DueDate)) : (bool?)null;
                return new object?[]
                {
                    r.Reference, text[$"Requests.Type.{r.Type}"].Value, text[$"Requests.Channel.{r.Channel}"].Value, text[$"Requests.Status.{r.Status}"].Value, r.MaskedName,
                    Local(r.ReceivedAt), Local(r.IdentityVerifiedAt), r.DueDate?.ToDateTime(TimeOnly.MinValue), Local(r.AnswerSentAt), Local(r.ClosedAt),
                    onTime is null ? null : onTime.Value ? text["Register.Lists.Yes"].Value : text["Register.Lists.No"].Value,
                };
            }));
    }

    private byte[] IncidentRegister(IReadOnlyList<IncidentRow> rows) => Sheet(text["Reports.Sheet.Incidents"],
        [text["Incidents.Field.Reference"], text["Incidents.Field.Title"], text["Incidents.Field.Category"], text["Incidents.Field.Grade"], text["Incidents.Field.Status"],
         text["Incidents.Field.Discovered"], text["Reports.Col.ReportDue"], text["Reports.Col.Reported"], text["Incidents.Field.People"]],
        rows.Select(r => new object?[]
        {
            r.Reference, r.Title, text[$"Incidents.Category.{r.Category}"].Value, IncidentGradeText.Label(text, r.Grade, r.GradeConfirmed), text[$"Incidents.Status.{r.Status}"].Value,
            Local(r.DiscoveredAt), Local(r.ReportDueAt), r.InitialReportSent ? text["Register.Lists.Yes"].Value : text["Register.Lists.No"].Value, r.PeopleMax,
        }));

    private static DateTime? Local(DateTimeOffset? instant) => instant is { } v ? ChinaTime.ToShanghai(v).DateTime : null;

    /// <summary>A one-sheet workbook: bold frozen header, filter, real dates and numbers, every text neutralised.</summary>
    private static byte[] Sheet(string name, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        using var workbook = new XLWorkbook(XLEventTracking.Disabled);
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < headers.Count; c++)
        {
            SpreadsheetText.Put(sheet.Cell(1, c + 1), headers[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = 16;
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row[c])
                {
                    case DateTime date:
                        cell.Value = date;
                        cell.Style.NumberFormat.Format = date.TimeOfDay == TimeSpan.Zero ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm";
                        break;
                    case long number:
                        cell.Value = number;
                        break;
                    case string s:
                        SpreadsheetText.Put(cell, s);
                        break;
                }
            }

            r++;
        }

        sheet.Range(1, 1, Math.Max(1, r - 1), headers.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
