using System.Globalization;
using System.Net;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Data.Interceptors;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>Issue 16: the audit trail reads like a record — localised types, fields and values, people by name and role, an export for auditors.</summary>
public sealed class AuditTrailReadingTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    /// <summary>The detail fields of business events (sign-in, reveal, search, verification, export).</summary>
    private static readonly string[] EventFields = ["checked", "export", "fields", "firstBad", "head", "intact", "matches", "method", "problem", "publishedHead", "reason", "reference", "searchedBy", "value", "filter", "rows"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AStatusChange_ReadsInChinese_WithThePersonsNameAndRole()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            var officerId = await UserIdAsync("officer@demo.liqun");
            await using (var officer = factory.ScopeAs(officerId!, "officer@demo.liqun", Roles.PrivacyOfficer))
            {
                var intake = await officer.ServiceProvider.GetRequiredService<RequestIntakeService>().IntakeAsync(new()
                {
                    Type = RequestType.Access, Channel = RequestChannel.Hotline, Phone = "13922223333", Details = "审计日志可读性", ReceivedAt = TestClock.Now.AddHours(-1),
                }, Ct);
                var workflow = officer.ServiceProvider.GetRequiredService<RequestWorkflowService>();
                var detail = await workflow.GetAsync(intake.Value!.Id!.Value, Ct);
                (await workflow.WithdrawAsync(intake.Value.Id!.Value, detail!.Version, "申请人撤回", Ct)).Succeeded.ShouldBeTrue();
            }

            await using var auditor = factory.ScopeAs("auditor-read", "auditor@demo.liqun", Roles.Auditor);
            var page = await auditor.ServiceProvider.GetRequiredService<AuditTrailService>()
                .QueryAsync(new AuditQuery(EntityType: nameof(PrivacyRequest), User: "officer@demo.liqun", PageSize: 50), Ct);

            // The withdrawal as it reads: 隐私请求, 状态：已受理 → 已撤回, a time in Beijing time, no code names.
            var row = page.Rows.First(r => r.Action == AuditAction.Updated && r.Changes.Any(c => c.Field == "Status" && c.After == nameof(RequestStatus.Withdrawn)));
            row.EntityText.ShouldBe("隐私请求");
            row.ChangeLines.ShouldContain("状态：已受理 → 已撤回");
            row.ChangeLines.ShouldNotContain(l => l.Contains("Withdrawn", StringComparison.Ordinal) || l.Contains("ClosedAt", StringComparison.Ordinal));
            var closedLine = row.ChangeLines.Single(l => l.StartsWith("结束时间：", StringComparison.Ordinal));
            closedLine.ShouldContain(TestClock.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)); // Beijing time
            row.Actor.ShouldNotBeNull();
            row.Actor.DisplayName.ShouldNotBe("officer@demo.liqun");
            row.Actor.Role.ShouldBe("个人信息保护专员");
            row.Actor.Email.ShouldBe("officer@demo.liqun");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task UserFilter_MatchesTheDisplayName()
    {
        var displayName = await DisplayNameAsync("officer@demo.liqun");
        using (await factory.SignInAsync("officer@demo.liqun"))
        {
            // The sign-in is recorded with the officer's account.
        }

        await using var auditor = factory.ScopeAs("auditor-read", "auditor@demo.liqun", Roles.Auditor);
        var trail = auditor.ServiceProvider.GetRequiredService<AuditTrailService>();

        var byName = await trail.QueryAsync(new AuditQuery(User: displayName, PageSize: 500), Ct);
        var byEmail = await trail.QueryAsync(new AuditQuery(User: "officer@demo.liqun", PageSize: 500), Ct);

        byName.TotalCount.ShouldBeGreaterThan(0);
        byName.TotalCount.ShouldBeGreaterThanOrEqualTo(byEmail.TotalCount);
        byName.Rows.ShouldAllBe(r => r.Actor != null && r.Actor.DisplayName == displayName || (r.UserName ?? "").Contains(displayName));
    }

    [Fact]
    public async Task Export_HoldsChainPositionAndHash_OldestFirst_AndIsItselfRecorded()
    {
        using var auditor = await factory.SignInAsync("auditor@demo.liqun");
        var response = await auditor.GetAsync(AuditExportEndpoint.Link(new AuditQuery(EntityType: nameof(PrivacyRequest))), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("liqun-audit-trail-20261118-");

        using var workbook = new ClosedXML.Excel.XLWorkbook(await response.Content.ReadAsStreamAsync(Ct));
        var sheet = workbook.Worksheet(1);
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        headers.ShouldContain("链上序号");
        headers.ShouldContain("哈希（SHA-256）");
        headers.ShouldContain("前一条记录的哈希");
        var sequences = sheet.Column(1).CellsUsed().Skip(1).Select(c => c.GetValue<long>()).ToList();
        sequences.ShouldNotBeEmpty();
        sequences.ShouldBeInOrder(SortDirection.Ascending);
        sheet.Column(headers.IndexOf("记录类型") + 1).CellsUsed().Skip(1).Select(c => c.GetString()).ShouldAllBe(t => t == "隐私请求");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var hashes = await db.AuditRecords.AsNoTracking().Where(r => sequences.Take(5).Contains(r.Sequence)).OrderBy(r => r.Sequence).Select(r => r.Hash).ToListAsync(Ct);
        sheet.Column(headers.IndexOf("哈希（SHA-256）") + 1).CellsUsed().Skip(1).Take(5).Select(c => c.GetString()).ShouldBe(hashes);
        var recorded = await db.AuditRecords.AsNoTracking().Where(r => r.Action == AuditAction.AuditTrailExported).OrderByDescending(r => r.Sequence).FirstAsync(Ct);
        recorded.UserName.ShouldBe("auditor@demo.liqun");
        recorded.Changes!.ShouldContain("type PrivacyRequest");
    }

    [Fact]
    public async Task Export_RefusedToManagement()
    {
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var response = await manager.GetAsync(AuditExportEndpoint.Path, Ct);
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public void EveryRecordTypeFieldAndEnum_HasAText_InBothLanguages()
    {
        using var scope = factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Model;
        var missing = new List<string>();
        foreach (var culture in new[] { CultureInfo.InvariantCulture, Chinese })
        {
            var keys = PortalText.Files.SelectMany(file => PortalText.Read(file, culture).Keys).ToHashSet(StringComparer.Ordinal);
            foreach (var entity in model.GetEntityTypes())
            {
                var name = AuditChangeBuilder.EntityTypeName(entity.ClrType);
                if (!keys.Contains($"Audit.Entity.{name}"))
                {
                    missing.Add($"{culture.Name}: Audit.Entity.{name}");
                }

                foreach (var property in entity.GetProperties())
                {
                    if (!keys.Contains($"Audit.Field.{property.Name}"))
                    {
                        missing.Add($"{culture.Name}: Audit.Field.{property.Name} ({name})");
                    }

                    var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                    if (type.IsEnum && !EnumTextKeys.Prefixes.ContainsKey(type))
                    {
                        missing.Add($"enum {type.Name} of {name}.{property.Name} has no prefix in EnumTextKeys");
                    }
                }
            }

            missing.AddRange(EventFields.Where(f => !keys.Contains($"Audit.Field.{f}") && !keys.Contains($"Audit.Field.{char.ToUpperInvariant(f[0])}{f[1..]}"))
                .Select(f => $"{culture.Name}: Audit.Field.{f}"));
        }

        missing.Distinct().ShouldBeEmpty();
    }

    private async Task<string?> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefaultAsync(Ct);
    }

    private async Task<string> DisplayNameAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Users.Where(u => u.Email == email).Select(u => u.DisplayName).FirstAsync(Ct);
    }
}
