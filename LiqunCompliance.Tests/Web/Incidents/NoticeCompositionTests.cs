using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Incidents;

/// <summary>The shipped templates read naturally with facts in either natural style; English notices carry no Chinese; repeats are confirmed; exports are downloads.</summary>
public sealed class NoticeCompositionTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The demo incident's style: bare facts.</summary>
    private static readonly IncidentNarrative Bare = new(
        "订单号、收货手机号后四位", "推送通道配置错误", "订单信息被他人看到", "停用错误配置并回滚推送服务",
        "警惕冒充客服的电话，不要透露验证码", "如有损失可联系我们核实补偿", LiqunFacts.ContactZh,
        new IncidentNarrative("order numbers", "a misconfigured push channel", "others may have seen your orders", "switched the configuration off",
            "be wary of calls claiming to be Liqun", "contact us to have a loss checked and compensated", LiqunFacts.ContactEn));

    /// <summary>The other natural style: whole clauses with their own 可能 / 已 / 您的 and full stops.</summary>
    private static readonly IncidentNarrative Sentences = new(
        "您的订单号、收货手机号后四位。", "因为推送通道配置错误。", "个人信息可能被他人看到。", "已于11月20日停用错误配置。",
        "请警惕冒充客服的电话。", "如有损失，可联系我们核实补偿。", LiqunFacts.ContactZh + "。");

    [Fact]
    public async Task EveryShippedTemplate_ReadsWithoutDoubledWords_InBothStyles()
    {
        await using var officer = factory.ScopeAs("officer-notices", "李娜", Roles.PrivacyOfficer);
        var service = officer.ServiceProvider.GetRequiredService<IncidentService>();
        var notices = officer.ServiceProvider.GetRequiredService<NoticeService>();
        var templates = await notices.TemplatesAsync(Ct);
        templates.ShouldAllBe(t => !t.Name.Contains("notice", StringComparison.OrdinalIgnoreCase)); // names are words, not code names
        templates.ShouldContain(t => t.Name == "短信告知（中文）");
        templates.ShouldContain(t => t.Name == "电话告知话术（中文）");

        foreach (var narrative in new[] { Bare, Sentences })
        {
            var id = (await service.LogAsync("推送通道配置错误", IncidentCategory.ThirdPartyOrSdk, TestClock.Now.AddHours(-1), null, Ct)).Value;
            var incident = (await service.GetAsync(id, Ct))!.Incident;
            var facts = new IncidentFacts(incident.Title, incident.Category, incident.DiscoveredAt, null, 10, 10, false, 0, 0, [], [], null, null, narrative);
            (await service.UpdateFactsAsync(id, incident.Version, facts, Ct)).Succeeded.ShouldBeTrue();
            incident = (await service.GetAsync(id, Ct))!.Incident;
            foreach (var template in templates.Where(t => t.Language == "zh-CN"))
            {
                var text = (await notices.RenderAsync(template, incident, Ct)).Body;
                foreach (var doubled in new[] { "可能可能", "已已", "您的您的", "因因", "。。", "；。", "可能个人信息可能" })
                {
                    text.ShouldNotContain(doubled, customMessage: $"{template.Name}: {text}");
                }

                text.ShouldContain(LiqunFacts.Hotline);
                text.ShouldContain(LiqunFacts.Email);
            }

            foreach (var template in templates.Where(t => t.Language == "en-US"))
            {
                var english = await notices.RenderAsync(template, incident, Ct);
                if (narrative.English is null)
                {
                    english.MissingFacts.Count.ShouldBe(7); // no English facts: the English notice cannot go out
                }
                else
                {
                    english.RenderError.ShouldBeNull();
                    NoticeWording.ContainsChinese(english.Subject + english.Body).ShouldBeFalse($"{template.Name}: {english.Body}");
                    english.Body.ShouldNotContain("..");
                }
            }
        }
    }

    [Fact]
    public async Task Sms_CountsSegmentsAsBilled_RepeatsAreConfirmed_ExportIsADownload()
    {
        await using var officer = factory.ScopeAs("officer-notices-2", "李娜", Roles.PrivacyOfficer);
        var service = officer.ServiceProvider.GetRequiredService<IncidentService>();
        var notices = officer.ServiceProvider.GetRequiredService<NoticeService>();
        var sms = (await notices.TemplatesAsync(Ct)).Single(t => t.Name == "短信告知（中文）");
        var id = (await service.LogAsync("短信告知测试", IncidentCategory.Leakage, TestClock.Now.AddHours(-1), null, Ct)).Value;
        var incident = (await service.GetAsync(id, Ct))!.Incident;
        (await service.UpdateFactsAsync(id, incident.Version, new IncidentFacts(incident.Title, incident.Category, incident.DiscoveredAt, null, 2, 2, false, 0, 0, [], [], null, null, Bare), Ct)).Succeeded.ShouldBeTrue();
        incident = (await service.GetAsync(id, Ct))!.Incident;

        var preview = await notices.RenderAsync(sms, incident, Ct);
        preview.Characters.ShouldBe(preview.Body.Length);
        preview.SmsSegments.ShouldBe(preview.Body.Length <= 70 ? 1 : (preview.Body.Length + 66) / 67);
        preview.TooLongForSms.ShouldBe(preview.SmsSegments > 2);

        var first = await notices.IssueAsync(id, incident.Version, sms.Id, "13800000001\n13800000002", cancellationToken: Ct);
        first.Succeeded.ShouldBeTrue(first.Error);
        var export = first.Value!.Export.ShouldNotBeNull();
        export.FileName.ShouldStartWith($"{incident.Reference}-短信-");
        first.Info.ShouldNotBeNull().ShouldNotContain("/"); // no server path announced
        var csv = System.Text.Encoding.UTF8.GetString(export.Content);
        csv.ShouldContain("13800000001");
        csv.ShouldContain(LiqunFacts.Hotline);

        incident = (await service.GetAsync(id, Ct))!.Incident;
        var repeat = await notices.IssueAsync(id, incident.Version, sms.Id, "13800000003", cancellationToken: Ct);
        repeat.Failure.ShouldBe(OperationFailure.NeedsConfirmation);
        repeat.Error.ShouldNotBeNull().ShouldContain("已于");
        (await service.GetAsync(id, Ct))!.Incident.Notices.Count.ShouldBe(1);
        (await notices.IssueAsync(id, incident.Version, sms.Id, "13800000003", repeatConfirmed: true, cancellationToken: Ct)).Succeeded.ShouldBeTrue();
        (await service.GetAsync(id, Ct))!.Incident.Notices.Count.ShouldBe(2);
    }

    [Fact]
    public async Task TemplatesShippedWithCodeNames_AreRenamedAtStart()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiqunCompliance.Web.Data.ComplianceDbContext>();
        var letter = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.NoticeTemplates, t => t.Name == "信函告知（英文）", Ct);
        letter.Edit("Letter notice (English)", letter.Language, letter.Subject, letter.Body);
        await db.SaveChangesAsync(Ct);

        await LiqunCompliance.Web.Data.IncidentSeeder.SeedTemplatesAsync(db, Ct);

        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.NoticeTemplates, t => t.Id == letter.Id, Ct)).Name.ShouldBe("信函告知（英文）");
    }
}
