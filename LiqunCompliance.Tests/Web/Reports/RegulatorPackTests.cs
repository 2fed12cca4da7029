using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Reports;

public sealed class RegulatorPackTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Zip_HoldsEveryPart_AndTheManifestHashesMatch()
    {
        using var auditor = await factory.SignInAsync("auditor@demo.liqun");
        var response = await auditor.GetAsync("/reports/regulator-pack.zip?from=2026-01-01&to=2026-12-31", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));

        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.ShouldContain(n => n.StartsWith("policy/privacy-policy-", StringComparison.Ordinal) && n.EndsWith(".pdf", StringComparison.Ordinal));
        names.ShouldContain("policy/archive.xlsx");
        names.ShouldContain(n => n.StartsWith("lists/liqun-pi-lists-v", StringComparison.Ordinal) && n.EndsWith(".xlsx", StringComparison.Ordinal));
        names.ShouldContain("requests/request-log-20260101-20261231.xlsx");
        names.ShouldContain("incidents/incident-register.xlsx");
        names.ShouldContain(n => n.StartsWith("incidents/INC-", StringComparison.Ordinal) && n.EndsWith(".pdf", StringComparison.Ordinal));
        names.ShouldContain("audit/audit-chain-verification.txt");
        names.ShouldContain(n => n.StartsWith("policy/account-cancellation-", StringComparison.Ordinal)); // 附件一
        names.ShouldContain(n => n.StartsWith("policy/privacy-policy-", StringComparison.Ordinal) && n.EndsWith("-previous.pdf", StringComparison.Ordinal));
        names.ShouldContain("incidents/notices-to-users-20260101-20261231.xlsx");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("liqun-regulator-pack-20260101-20261231-made-20261118-"); // Shanghai time

        using var manifestReader = new StreamReader(zip.GetEntry(RegulatorPackService.ManifestName)!.Open());
        var lines = (await manifestReader.ReadToEndAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        lines.Count.ShouldBe(names.Count - 1);
        foreach (var line in lines)
        {
            var (hash, name) = (line[..64], line[66..]);
            await using var stream = zip.GetEntry(name)!.Open();
            Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, Ct)).ShouldBe(hash, name);
        }

        using var verification = new StreamReader(zip.GetEntry("audit/audit-chain-verification.txt")!.Open());
        (await verification.ReadToEndAsync(Ct)).ShouldContain("审计链完整：是");

        using var notices = new ClosedXML.Excel.XLWorkbook(zip.GetEntry("incidents/notices-to-users-20260101-20261231.xlsx")!.Open());
        notices.Worksheet(1).Column(8).CellsUsed().Select(c => c.GetString()).ShouldContain(t => t.Contains("通道配置错误", StringComparison.Ordinal)); // the demo announcement as issued
        using var register = new ClosedXML.Excel.XLWorkbook(zip.GetEntry("incidents/incident-register.xlsx")!.Open());
        register.Worksheet(1).Column(4).CellsUsed().Skip(1).Select(c => c.GetString()).ShouldAllBe(g => g.Contains("确认") || g.Contains("建议"));
    }

    [Fact]
    public async Task RequestLog_ARequestClosedBeforeItsClockStarted_IsSaidSo_NotCountedOnTime()
    {
        string reference;
        await using (var scope = factory.ScopeAs("officer-pack", "officer@demo.liqun", LiqunCompliance.Domain.Identity.Roles.PrivacyOfficer))
        {
            var intake = await scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Requests.RequestIntakeService>().IntakeAsync(new()
            {
                Type = LiqunCompliance.Domain.Requests.RequestType.Access, Channel = LiqunCompliance.Domain.Requests.RequestChannel.Hotline,
                Phone = "13911112222", Details = "来电后撤回", ReceivedAt = TestClock.Now.AddHours(-3),
            }, Ct);
            var workflow = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Features.Requests.RequestWorkflowService>();
            var detail = await workflow.GetAsync(intake.Value!.Id!.Value, Ct);
            (await workflow.WithdrawAsync(intake.Value.Id!.Value, detail!.Version, "申请人撤回", Ct)).Succeeded.ShouldBeTrue();
            reference = intake.Value.Reference;
        }

        using var auditor = await factory.SignInAsync("auditor@demo.liqun");
        using var zip = new ZipArchive(await auditor.GetStreamAsync("/reports/regulator-pack.zip?from=2026-11-01&to=2026-11-18", Ct));
        using var log = new ClosedXML.Excel.XLWorkbook(zip.GetEntry("requests/request-log-20261101-20261118.xlsx")!.Open());
        var sheet = log.Worksheet(1);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == reference);

        row.Cell(8).IsEmpty().ShouldBeTrue(); // no due date
        row.Cell(11).GetString().ShouldBe("无答复期限而结束");
        sheet.RowsUsed().Skip(1).Where(r => r.Cell(11).GetString() is "是" or "否").ShouldAllBe(r => !r.Cell(8).IsEmpty());
    }

    [Fact]
    public async Task EnglishPack_HasTheAuditStatementInChineseWithEnglishBeside()
    {
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var response = await manager.GetAsync("/reports/regulator-pack.zip?from=2026-10-01&to=2026-11-18&lang=en-US", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        using var verification = new StreamReader(zip.GetEntry("audit/audit-chain-verification.txt")!.Open());
        (await verification.ReadToEndAsync(Ct)).ShouldContain("审计链完整 / intact: 是 / yes");
    }

    [Fact]
    public async Task BadPeriod_Refused_CustomerServiceCannotDownload()
    {
        using var manager = await factory.SignInAsync("manager@demo.liqun");
        (await manager.GetAsync("/reports/regulator-pack.zip?from=2026-12-01&to=2026-01-01", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var supervisor = await factory.SignInAsync("cs@demo.liqun");
        (await supervisor.GetAsync("/reports/regulator-pack.zip", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
