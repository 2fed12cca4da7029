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
            if (current.Previous is { } previous)
            {
                // The version before: what users were told until the current one took effect.
                files.Add(($"policy/{current.Document.Key}-{previous.Label}-previous.pdf", Write(s => PolicyPdf.Write(current.Document, previous, text, s))));
            }
        }

        if (await policies.CurrentAsync(PolicyDocument.AccountCancellationKey, cancellationToken) is { } annex)
        {
            files.Add(($"policy/{annex.Document.Key}-{annex.Revision.Label}.pdf", Write(s => PolicyPdf.Write(annex.Document, annex.Revision, text, s))));
        }

        files.Add(("policy/archive.xlsx", await ArchiveAsync(cancellationToken)));
        // Every published list in force at some time in the period (from its publication until the next one).
        var history = (await lists.HistoryAsync(cancellationToken)).OrderBy(h => h.PublishedAt).ToList();
        var (periodStart, periodEnd) = (ChinaTime.StartOfDay(from), ChinaTime.StartOfDay(to.AddDays(1)));
        for (var i = 0; i < history.Count; i++)
        {
            var until = i + 1 < history.Count ? history[i + 1].PublishedAt : DateTimeOffset.MaxValue;
            if (history[i].PublishedAt < periodEnd && until > periodStart && await lists.PublishedAsync(history[i].Number, cancellationToken) is { } published)
            {
                files.Add(($"lists/{RegisterListExport.FileName(published, "xlsx")}", Write(s => RegisterListExport.WriteExcel(published, text, s))));
                files.Add(($"lists/{RegisterListExport.FileName(published, "pdf")}", Write(s => RegisterListExport.WritePdf(published, text, s))));
            }
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

        files.Add(($"incidents/notices-to-users-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx", await NoticesAsync(periodStart, periodEnd, cancellationToken)));

        var verification = await audit.VerifyUncheckedAsync(cancellationToken);
        var publishedHead = await auditHeads.PublishAsync("regulator-pack", cancellationToken);
        files.Add(("audit/audit-chain-verification.txt", Encoding.UTF8.GetBytes(AuditStatement(verification, publishedHead))));

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

    /// <summary>The audit-chain statement in Chinese; in a pack made in English each line has its English beside it.</summary>
    private string AuditStatement(LiqunCompliance.Domain.Audit.AuditChainVerification verification, LiqunCompliance.Domain.Audit.PublishedAuditHead? publishedHead)
    {
        var english = !CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        string Line(string zh, string en, object? value) => english ? $"{zh} / {en}: {value}" : $"{zh}：{value}";
        var before = verification.PublishedHead is { } head ? $"{head.Sequence} {head.Hash}（{ChinaTime.ToShanghai(head.PublishedAt):yyyy-MM-dd HH:mm}）" : "无 / none";
        return string.Join('\n',
            Line("审计链完整", "intact", verification.IsIntact ? (english ? "是 / yes" : "是") : (english ? "否 / no" : "否")),
            Line("核验记录数", "records checked", verification.RecordsChecked),
            Line("首个异常序号", "first bad sequence", verification.FirstBadSequence?.ToString(CultureInfo.InvariantCulture) ?? "—"),
            Line("问题", "problem", verification.Problem == LiqunCompliance.Domain.Audit.AuditChainProblem.None ? "—" : text[$"Audit.Problem.{verification.Problem}"].Value),
            Line("链头序号", "head sequence", verification.HeadSequence),
            Line("链头哈希", "head hash", verification.HeadHash),
            Line("与此前公布的链头比对", "compared with the head published before", before),
            Line("本材料包公布的链头", "head published with this pack", publishedHead is null ? "—" : $"{publishedHead.Sequence} {publishedHead.Hash}"),
            Line("核验时间（北京时间）", "verified at (Asia/Shanghai)", $"{ChinaTime.ToShanghai(clock.GetUtcNow()):yyyy-MM-dd HH:mm:ss}")) + "\n";
    }

    /// <summary>The notices issued to users in the period (PIPL Art. 57 evidence): incident, channel, when, by whom, how many, the text as issued.</summary>
    private async Task<byte[]> NoticesAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notices = await db.Set<LiqunCompliance.Domain.Incidents.IncidentNotice>().AsNoTracking().Where(n => n.IssuedAt >= start && n.IssuedAt < end)
            .Join(db.Incidents.AsNoTracking(), n => EF.Property<Guid>(n, "IncidentId"), i => i.Id, (n, i) => new { Notice = n, i.Reference })
            .OrderBy(x => x.Notice.IssuedAt).ToListAsync(cancellationToken);
        return Sheet(text["Reports.Sheet.Notices"],
            [text["Incidents.Field.Reference"], text["Reports.Col.Channel"], text["Reports.Pack.NoticeIssued"], text["Reports.Col.ChangedBy"], text["Reports.Pack.NoticeRecipients"],
             text["Incidents.Notice.Template"], text["Reports.Pack.NoticeSubject"], text["Reports.Pack.NoticeText"]],
            notices.Select(x => new object?[]
            {
                x.Reference, text[$"Incidents.Channel.{x.Notice.Channel}"].Value, Local(x.Notice.IssuedAt), x.Notice.ByName,
                x.Notice.IsPublicAnnouncement ? text["Incidents.Notice.Public"].Value : (long)x.Notice.Recipients, x.Notice.TemplateName, x.Notice.Subject, x.Notice.Body,
            }));
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
                var onTime = closed && r.DueDate is not null ? RequestStatistics.OnTime(new RequestFact(r.Type, r.Status, r.ReceivedAt, r.ClosedAt, r.DueDate)) : (bool?)null;
                // Closed before its clock started (withdrawn before verification…): said so, and not counted as on time.
                var onTimeText = onTime is { } yes ? (yes ? text["Register.Lists.Yes"].Value : text["Register.Lists.No"].Value)
                    : closed ? text["Reports.Figure.ClosedWithoutDueDate"].Value : null;
                return new object?[]
                {
                    r.Reference, text[$"Requests.Type.{r.Type}"].Value, text[$"Requests.Channel.{r.Channel}"].Value, text[$"Requests.Status.{r.Status}"].Value, r.MaskedName,
                    Local(r.ReceivedAt), Local(r.IdentityVerifiedAt), r.DueDate?.ToDateTime(TimeOnly.MinValue), Local(r.AnswerSentAt), Local(r.ClosedAt),
                    onTimeText,
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
