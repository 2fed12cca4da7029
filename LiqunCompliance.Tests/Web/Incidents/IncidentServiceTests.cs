using System.Net;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Incidents;

/// <summary>An officer's incident through the services: log, facts, proposed grade and clock, report, notices, public announcement.</summary>
public sealed class IncidentServiceTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly IncidentNarrative Complete = new(
        "账户名、密码哈希、手机号", "第三方登录组件漏洞被利用", "账户可能被他人登录并查看订单", "已修复漏洞、强制重置受影响账户密码",
        "请尽快修改密码并开启短信验证", "如有损失可联系我们核实补偿，亦可依法投诉或起诉", "dzsw@iliqun.com");

    [Fact]
    public async Task InvolvingAndCounts_MatchTheLog()
    {
        await using var officer = AsOfficer();
        var service = Service(officer);
        var log = await service.ListAsync(Ct);
        var db = officer.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Data.ComplianceDbContext>();
        var push = db.RegisterEntries.Single(e => e.Name == "小米推送 SDK").Id;
        var courier = db.RegisterEntries.Single(e => e.Name == "顺丰速运").Id;
        var other = db.RegisterEntries.First(e => e.Name != "小米推送 SDK" && e.Name != "顺丰速运").Id;

        (await service.InvolvingAsync(push, Ct)).ShouldHaveSingleItem().Reference.ShouldEndWith("-0001");
        (await service.InvolvingAsync(courier, Ct)).ShouldHaveSingleItem().Title.ShouldContain("面单");
        (await service.InvolvingAsync(other, Ct)).ShouldBeEmpty();

        var counts = await service.CountsAsync(Ct);
        counts.Sum(c => c.Count).ShouldBe(log.Count);
        foreach (var row in log.GroupBy(r => (r.Status, r.Grade)))
        {
            counts.Single(c => c.Status == row.Key.Status && c.Grade == row.Key.Grade).Count.ShouldBe(row.Count());
        }
    }

    [Fact]
    public async Task Demo_ThreeIncidents_TemplatesComplete_OneAnnouncementPublished()
    {
        await using var officer = AsOfficer();
        var rows = await Service(officer).ListAsync(Ct);
        rows.Count.ShouldBeGreaterThanOrEqualTo(3);
        rows.Select(r => r.Grade).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        rows.Select(r => r.Status).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        (await Service(officer).ReportsDueAsync(Ct)).ShouldContain(r => r.Title.Contains("撞库"));

        // The twelve shipped templates (another test of this class may add its own incomplete one first).
        var templates = (await Notices(officer).TemplatesAsync(Ct)).Where(t => t.IsComplete).ToList();
        templates.Count.ShouldBe(12);
        templates.Select(t => (t.Channel, t.Language)).Distinct().Count().ShouldBe(12);
        (await Notices(officer).AnnouncementsAsync(Ct)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task LoggedIncident_GradeProposedFromFacts_ClockRuns_ReportRecorded_PdfProduced()
    {
        await using var officer = AsOfficer();
        var service = Service(officer);
        var discovered = TestClock.Now.AddMinutes(-30);
        var logged = await service.LogAsync("会员登录组件漏洞", IncidentCategory.UnauthorisedAccess, discovered, null, Ct);
        logged.Succeeded.ShouldBeTrue(logged.Error);
        var id = logged.Value;
        var detail = (await service.GetAsync(id, Ct))!;
        detail.Incident.Reference.ShouldMatch(@"^INC-\d{4}-\d{4}$");

        var facts = new IncidentFacts("会员登录组件漏洞", IncidentCategory.UnauthorisedAccess, discovered, null, 1_000_000, 1_200_000, true, 0, 0, ["account", "password"], [], "会员中心", "安全运营中心", Complete);
        (await service.UpdateFactsAsync(id, detail.Incident.Version, facts, Ct)).Succeeded.ShouldBeTrue();
        detail = (await service.GetAsync(id, Ct))!;
        detail.Proposal.Grade.ShouldBe(IncidentGrade.Significant);
        detail.Incident.ReportDueAt(detail.Settings.Thresholds).ShouldBe(discovered.AddHours(4));

        (await service.StartReportAsync(id, detail.Incident.Version, RegulatorReportKind.Initial, Ct)).Succeeded.ShouldBeTrue();
        detail = (await service.GetAsync(id, Ct))!;
        var draft = detail.Incident.Reports.Single();
        draft.Status.ShouldBe(ReportStatus.Draft);
        draft.Recipient.ShouldContain("山东省委网信办"); // an ordinary operator reports to the provincial CAC
        draft.Fields[ReportField.ReportingUnit].ShouldContain("利群集团青岛电子商务有限公司");
        draft.Fields[ReportField.CreditCode].ShouldBe("待确认");
        draft.Fields[ReportField.CauseKnown].ShouldBe("第三方登录组件漏洞被利用");
        draft.Fields[ReportField.PeopleAffected].ShouldBe("估计100万至120万人");
        draft.Fields.ShouldNotContainKey(ReportField.Grade); // not confirmed yet: nothing to report as the grade

        var fields = draft.Fields.ToDictionary(p => p.Key, p => p.Value);
        var incomplete = await service.MarkReportSentAsync(id, detail.Incident.Version, draft.Id, fields, null, TestClock.Now, null, Ct);
        incomplete.Error.ShouldNotBeNull().ShouldContain("联系电话");
        incomplete.Error.ShouldContain("事件现场保护情况");
        foreach (var field in RegulatorReportForm.Missing(RegulatorReportKind.Initial, fields))
        {
            fields[field] = "已写明";
        }

        (await service.MarkReportSentAsync(id, detail.Incident.Version, draft.Id, fields, null, TestClock.Now, null, Ct)).Error.ShouldNotBeNull().ShouldContain("确认事件级别");
        (await service.ConfirmGradeAsync(id, detail.Incident.Version, IncidentGrade.Significant, null, Ct)).Succeeded.ShouldBeTrue();
        detail = (await service.GetAsync(id, Ct))!;
        (await service.MarkReportSentAsync(id, detail.Incident.Version, draft.Id, fields, null, TestClock.Now.AddHours(1), null, Ct)).Error.ShouldNotBeNull().ShouldContain("时间不能晚于当前时间");
        detail = (await service.GetAsync(id, Ct))!;
        (await service.MarkReportSentAsync(id, detail.Incident.Version, draft.Id, fields, null, TestClock.Now, "SD-001", Ct)).Succeeded.ShouldBeTrue();
        detail = (await service.GetAsync(id, Ct))!;
        detail.Incident.InitialReportSent.ShouldBeTrue();
        (await service.ReportsDueAsync(Ct)).ShouldNotContain(r => r.Id == id);

        using var client = await factory.SignInAsync("manager@demo.liqun");
        var pdf = await client.GetAsync(IncidentReportPdf.Link(id, detail.Incident.Reports[0].Id), Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Ct));
        var pdfText = string.Concat(document.GetPages().Select(p => p.Text));
        pdfText.ShouldContain("关于会员登录组件漏洞网络安全事件的初报");
        pdfText.ShouldContain("第三方登录组件漏洞");
        pdfText.ShouldContain("统一社会信用代码");
        pdfText.ShouldContain("盖章");
        pdf.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{detail.Incident.Reference}-初报-{TestClock.Now.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd-HHmm}.pdf");
        using var anonymous = factory.CreateBrowserLikeClient();
        (await anonymous.GetAsync(IncidentReportPdf.Link(id, detail.Incident.Reports[0].Id), Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Notices_MissingFactsShownAndBlocking_EmailToPickup_PublicAnnouncement()
    {
        await using var officer = AsOfficer();
        var service = Service(officer);
        var notices = Notices(officer);
        var id = (await service.LogAsync("客服系统导出文件外发", IncidentCategory.InsiderMisuse, TestClock.Now.AddHours(-2), null, Ct)).Value;
        var templates = await notices.TemplatesAsync(Ct);
        var email = templates.Single(t => t.Channel == NoticeChannelKind.Email && t.Language == "zh-CN");
        var announcement = templates.Single(t => t.Channel == NoticeChannelKind.PublicAnnouncement && t.Language == "zh-CN");

        var incident = (await service.GetAsync(id, Ct))!.Incident;
        var preview = await notices.RenderAsync(email, incident, Ct);
        preview.Body.ShouldContain("【缺少：事件原因】");
        preview.MissingFacts.ShouldContain(NoticeElement.Cause);
        (await notices.IssueAsync(id, incident.Version, email.Id, "a@example.com", cancellationToken: Ct)).Error.ShouldNotBeNull().ShouldContain("缺少");

        var facts = new IncidentFacts(incident.Title, incident.Category, incident.DiscoveredAt, null, 40, 40, false, 0, 0, ["name", "phone"], [], "客服系统", "客服部", Complete);
        (await service.UpdateFactsAsync(id, incident.Version, facts, Ct)).Succeeded.ShouldBeTrue();
        incident = (await service.GetAsync(id, Ct))!.Incident;
        (await notices.IssueAsync(id, incident.Version, email.Id, "not-an-address", cancellationToken: Ct)).Error.ShouldNotBeNull().ShouldContain("不是有效的电子邮件地址");

        var pickup = factory.Services.GetRequiredService<NoticeMailer>().PickupFolder;
        var before = Directory.Exists(pickup) ? Directory.GetFiles(pickup, "*.eml").Length : 0;
        var sent = await notices.IssueAsync(id, incident.Version, email.Id, "zhang@example.com\nli@example.com", cancellationToken: Ct);
        sent.Succeeded.ShouldBeTrue(sent.Error);
        var files = Directory.GetFiles(pickup, "*.eml");
        files.Length.ShouldBe(before + 2);
        var message = await MimeKit.MimeMessage.LoadAsync(files.OrderByDescending(File.GetCreationTimeUtc).First(), Ct);
        message.TextBody.ShouldNotBeNull().ShouldContain("第三方登录组件漏洞");
        message.TextBody.ShouldContain("dzsw@iliqun.com");

        incident = (await service.GetAsync(id, Ct))!.Incident;
        (await notices.IssueAsync(id, incident.Version, announcement.Id, null, cancellationToken: Ct)).Succeeded.ShouldBeTrue();
        incident = (await service.GetAsync(id, Ct))!.Incident;
        incident.Notices.Select(n => n.Channel).ShouldBe([NoticeChannelKind.Email, NoticeChannelKind.PublicAnnouncement], ignoreOrder: true);
        incident.Notices.Single(n => n.Channel == NoticeChannelKind.Email).Recipients.ShouldBe(2);

        var published = incident.Notices.Single(n => n.IsPublicAnnouncement);
        using var anonymous = factory.CreateBrowserLikeClient();
        (await anonymous.GetStringAsync("/security-notices", Ct)).ShouldContain(published.Subject);
        var page = await anonymous.GetStringAsync($"/security-notices/{published.Id}", Ct);
        page.ShouldContain("已修复漏洞、强制重置受影响账户密码");
        page.ShouldContain(incident.Reference);
    }

    [Fact]
    public async Task IncompleteTemplate_SavedButCannotBeIssued()
    {
        await using var officer = AsOfficer();
        var notices = Notices(officer);
        var saved = await notices.SaveTemplateAsync(null, Guid.Empty, "不完整的短信", NoticeChannelKind.Sms, "zh-CN", "", "【利群网商】[[Cause]]{{ incident.cause }}[[/Cause]]", Ct);
        saved.Succeeded.ShouldBeTrue();
        saved.Info.ShouldNotBeNull().ShouldContain("不能发出");
        (await notices.SaveTemplateAsync(null, Guid.Empty, "语法错误", NoticeChannelKind.Sms, "zh-CN", "", "{% if %}", Ct)).Error.ShouldNotBeNull().ShouldContain("语法");

        var id = (await Service(officer).LogAsync("短信测试事件", IncidentCategory.Other, TestClock.Now.AddHours(-1), null, Ct)).Value;
        var version = (await Service(officer).GetAsync(id, Ct))!.Incident.Version;
        (await notices.IssueAsync(id, version, saved.Value, "13800000000", cancellationToken: Ct)).Error.ShouldNotBeNull().ShouldContain("模板缺少必备要素");
    }

    [Fact]
    public async Task ReadersCannotWrite_SettingsOnlyForAdministrators()
    {
        await using var manager = factory.ScopeAs("manager-incidents", "manager@demo.liqun", Roles.Management);
        (await Service(manager).ListAsync(Ct)).ShouldNotBeEmpty();
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service(manager).LogAsync("x", IncidentCategory.Other, TestClock.Now, null, Ct));

        await using var supervisor = factory.ScopeAs("cs-incidents", "cs@demo.liqun", Roles.CustomerServiceSupervisor);
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service(supervisor).ListAsync(Ct));

        await using var officer = AsOfficer();
        var settings = officer.ServiceProvider.GetRequiredService<IncidentSettingsService>();
        var current = await settings.GetAsync(Ct);
        await Should.ThrowAsync<UnauthorizedAccessException>(() => settings.SaveAsync(current.Thresholds, current.DefaultRecipient, current.Version, Ct));

        await using var admin = factory.ScopeAs("admin-incidents", "admin@demo.liqun", Roles.Administrator);
        var adminSettings = admin.ServiceProvider.GetRequiredService<IncidentSettingsService>();
        (await adminSettings.SaveAsync(current.Thresholds with { Major = current.Thresholds.Major with { People = 10 } }, current.DefaultRecipient, current.Version, Ct)).Succeeded.ShouldBeFalse();
        (await adminSettings.SaveAsync(current.Thresholds with { Operator = OperatorKind.CriticalInformationInfrastructure }, current.DefaultRecipient, current.Version, Ct)).Succeeded.ShouldBeTrue();
        var cii = await adminSettings.GetAsync(Ct);
        cii.Thresholds.Operator.ShouldBe(OperatorKind.CriticalInformationInfrastructure);
        var names = IncidentRecipients.For(admin.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<LiqunCompliance.Web.Resources.SharedResource>>(), cii);
        names.ShouldContain("保护工作部门");
        names.ShouldContain("公安机关");
        names.ShouldNotContain("网信办");
        (await adminSettings.SaveAsync(current.Thresholds, current.DefaultRecipient, current.Version, Ct)).Errors.ShouldContain(e => e.Contains("其他人修改"));
        var latest = await adminSettings.GetAsync(Ct);
        (await adminSettings.SaveAsync(current.Thresholds, current.DefaultRecipient, latest.Version, Ct)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task DemoInitialReport_IsACompleteDocument()
    {
        await using var officer = AsOfficer();
        var demo = (await Service(officer).ListAsync(Ct)).Single(r => r.Title == "推送 SDK 配置错误导致订单通知外泄");
        var incident = (await Service(officer).GetAsync(demo.Id, Ct))!.Incident;
        var initial = incident.Reports.Single(r => r.Kind == RegulatorReportKind.Initial);
        initial.IsSent.ShouldBeTrue();
        initial.MissingFields.ShouldBeEmpty(); // the demo report is a complete example

        using var client = await factory.SignInAsync("manager@demo.liqun");
        var bytes = await client.GetByteArrayAsync(IncidentReportPdf.Link(incident.Id, initial.Id), Ct);
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        foreach (var label in new[] { "统一社会信用代码", "联系电话", "事件发生时间", "事件发现时间", "定级依据", "事件现场保护情况", "进一步调查分析所需线索", "拟进一步采取的应对措施及请求支援事项" })
        {
            text.ShouldContain(label);
        }

        text.ShouldContain("关于推送 SDK 配置错误导致订单通知外泄网络安全事件的初报");
        text.ShouldNotContain("（未填写）");
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "demo-initial-report.pdf"), bytes, Ct); // kept for people to look at
    }

    private AsyncServiceScope AsOfficer() => factory.ScopeAs("officer-incidents", "李娜", Roles.PrivacyOfficer);

    private static IncidentService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IncidentService>();

    private static NoticeService Notices(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<NoticeService>();
}
