using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Benchmarks;

/// <summary>
/// Register entries with their versions and incidents with their timelines, made with the domain's own methods and saved
/// through the portal's DbContext (so the audit interceptor writes and chains their audit records, as in real use).
/// </summary>
internal static class ScaleDataGenerator
{
    private const int Batch = 100;
    private static readonly Actor Officer = new("officer-1", "基准专员", IsPrivacyOfficer: true);

    /// <summary><paramref name="entries"/> entries from the seed policy's templates, each saved <paramref name="versions"/> times.</summary>
    public static async Task FillRegisterAsync(IDbContextFactory<ComplianceDbContext> dbFactory, int entries, int versions, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(ChinaTime.ToShanghai(now).DateTime);
        var templates = SeedRegister.Entries;
        for (var start = 0; start < entries; start += Batch)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            for (var i = start; i < Math.Min(entries, start + Batch); i++)
            {
                var template = templates[i % templates.Count];
                var entry = template with { Name = $"{template.Name} #{i + 1}", ContractSignedOn = today.AddDays(-500), NextReviewOn = today.AddDays(i % 400 - 30) };
                var record = new RegisterEntryRecord();
                record.Record(entry, RegisterChangeKind.Created, now.AddDays(-400), Officer.Id, Officer.Name, today);
                for (var v = 1; v < versions; v++)
                {
                    entry = entry with { Purpose = $"{template.Purpose}（第 {v} 次复核后更新）" };
                    record.Record(entry, RegisterChangeKind.Edited, now.AddDays(-400 + v * 30), Officer.Id, Officer.Name, today);
                }

                db.RegisterEntries.Add(record);
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>Incidents over the past two years in every category, with facts, grades and timelines; those older than 30 days are closed.</summary>
    public static async Task FillIncidentsAsync(IDbContextFactory<ComplianceDbContext> dbFactory, int count, DateTimeOffset now)
    {
        var categories = Enum.GetValues<IncidentCategory>();
        for (var start = 0; start < count; start += Batch)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var found = now.AddHours(-(i * 3.5) - 1);
                var incident = Incident.Log($"INC-B-{i + 1:D6}", $"基准事件 {i + 1}", categories[i % categories.Length], found, found.AddHours(-5), Officer, found.AddMinutes(10));
                incident.UpdateFacts(new IncidentFacts(incident.Title, incident.Category, found, found.AddHours(-5), 10 + i % 5000, 20 + i % 9000, i % 3 == 0, i % 7 * 1000m, i % 5,
                    ["name", "phone"], [], "订单系统", "数据保护办公室", new IncidentNarrative("姓名、手机号", "配置错误", "可能被用于诈骗", "已修复", "警惕诈骗电话", "可申请补偿", "dzsw@iliqun.com")),
                    GradingThresholds.Default, Officer, found.AddHours(1));
                if (now - found > TimeSpan.FromDays(30))
                {
                    // Older incidents have run their course, as in a real log: contained, remediated, closed; reportable ones reported.
                    if (incident.MustReport)
                    {
                        incident.ConfirmGrade(incident.ProposedGrade, null, Officer, found.AddHours(2));
                        var report = incident.StartReport(RegulatorReportKind.Initial, RegulatorReportForm.Fields(RegulatorReportKind.Initial).ToDictionary(f => f, _ => "初报"), "山东省委网信办", Officer, found.AddHours(2));
                        incident.MarkReportSent(report.Id, null, found.AddHours(3), $"SD-{i}", Officer, found.AddHours(3));
                    }

                    incident.MoveTo(IncidentStatus.Contained, found.AddHours(2), Officer, found.AddHours(2));
                    incident.MoveTo(IncidentStatus.Investigating, null, Officer, found.AddHours(3));
                    incident.MoveTo(IncidentStatus.Remediated, found.AddDays(5), Officer, found.AddDays(5));
                    incident.MoveTo(IncidentStatus.Closed, null, Officer, found.AddDays(10));
                }
                else if (i % 4 != 0)
                {
                    incident.MoveTo(IncidentStatus.Contained, found.AddHours(2), Officer, found.AddHours(2));
                    if (i % 2 == 0)
                    {
                        incident.MoveTo(IncidentStatus.Investigating, null, Officer, found.AddHours(3));
                    }
                }

                db.Incidents.Add(incident);
            }

            await db.SaveChangesAsync();
        }
    }
}
