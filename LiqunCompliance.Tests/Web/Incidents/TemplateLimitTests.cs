using Fluid;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Features.Policies;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Incidents;

/// <summary>Templates render within limits and fail with a message, never an exception; policy Markdown shows no remote image.</summary>
public sealed class TemplateLimitTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private const string AllSections = "[[Cause]]a[[/Cause]][[Categories]]b[[/Categories]][[Consequences]]c[[/Consequences]][[MeasuresTaken]]d[[/MeasuresTaken]][[UserMeasures]]e[[/UserMeasures]][[Remedies]]f[[/Remedies]][[Contact]]g[[/Contact]]";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Breaking => new()
    {
        { "{% include 'secrets' %}", "secrets" },
        { "{% for i in (1..1000000) %}{% endfor %}", "maximum" },
        { "{% for i in (1..200000) %}0123456789{% endfor %}", "" },
    };

    [Theory]
    [MemberData(nameof(Breaking))]
    public async Task SafeLiquid_BreakingTemplate_ErrorNotException(string source, string mentions)
    {
        SafeLiquid.TryParse(source, out var template, out _).ShouldBeTrue();

        var outcome = await SafeLiquid.RenderAsync(template!, SafeLiquid.Context("zh-CN"));

        outcome.Succeeded.ShouldBeFalse();
        outcome.Error.ShouldNotBeNullOrWhiteSpace();
        outcome.Error!.ShouldContain(mentions, Case.Insensitive);
    }

    [Fact]
    public async Task SafeLiquid_OrdinaryTemplate_Renders()
    {
        SafeLiquid.TryParse("您好，{{ name }}。", out var template, out _).ShouldBeTrue();
        var context = SafeLiquid.Context("zh-CN");
        context.SetValue("name", "张三");

        (await SafeLiquid.RenderAsync(template!, context)).Text.ShouldBe("您好，张三。");
    }

    [Fact]
    public async Task SaveTemplate_ThatCannotRender_RefusedWithTheReason()
    {
        await using var officer = factory.ScopeAs("officer-templates", "officer@demo.liqun", Roles.PrivacyOfficer);
        var notices = officer.ServiceProvider.GetRequiredService<NoticeService>();

        var result = await notices.SaveTemplateAsync(null, Guid.Empty, "包含引用", NoticeChannelKind.Email, "zh-CN", "主题", AllSections + "{% include 'x' %}", Ct);

        result.Succeeded.ShouldBeFalse();
        result.Error!.ShouldContain("模板无法填充");
        (await notices.TemplatesAsync(Ct)).ShouldNotContain(t => t.Name == "包含引用");
    }

    [Fact]
    public async Task StoredTemplate_ThatCannotRender_PreviewShowsErrorAndIssueRefused()
    {
        Guid templateId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Saved before the limits existed: straight into the database.
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            var stored = NoticeTemplate.Create("旧的循环模板", NoticeChannelKind.Email, "zh-CN", "主题", AllSections + "{% for i in (1..1000000) %}{% endfor %}");
            db.NoticeTemplates.Add(stored);
            await db.SaveChangesAsync(Ct);
            templateId = stored.Id;
        }

        await using var officer = factory.ScopeAs("officer-templates", "officer@demo.liqun", Roles.PrivacyOfficer);
        var incidents = officer.ServiceProvider.GetRequiredService<IncidentService>();
        var notices = officer.ServiceProvider.GetRequiredService<NoticeService>();
        var id = (await incidents.LogAsync("模板限制测试", IncidentCategory.Other, TestClock.Now.AddHours(-1), null, Ct)).Value;
        var detail = (await incidents.GetAsync(id, Ct))!;
        var template = (await notices.TemplatesAsync(Ct)).Single(t => t.Id == templateId);

        var preview = await notices.RenderAsync(template, detail.Incident, Ct);
        var issued = await notices.IssueAsync(id, detail.Incident.Version, templateId, "someone@example.com", cancellationToken: Ct);

        preview.RenderError.ShouldNotBeNull().ShouldContain("模板无法填充");
        issued.Error.ShouldNotBeNull().ShouldContain("模板无法填充");
    }

    [Fact]
    public void PolicyMarkdown_RemoteImageRemoved_OwnImageKept()
    {
        var html = PolicyMarkdown.ToHtml("![跟踪](https://tracker.example/p.png)\n\n![徽标](/images/logo.png)\n\n<img src=\"http://tracker.example/x.gif\">");

        // Raw HTML stays escaped text; no image element points anywhere but this site.
        System.Text.RegularExpressions.Regex.IsMatch(html, "<img[^>]*tracker").ShouldBeFalse(html);
        html.ShouldContain("<img src=\"/images/logo.png\"");
    }
}
