using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Features.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>
/// A control character (here U+0001, as pasted from another program) is refused at every input, not only on requests:
/// the page says which field, nothing is stored, and the write path stays free for the next save. Before, an incident,
/// policy or user name holding one was stored and broke every workbook and report written from it afterwards.
/// </summary>
public sealed class UnsafeTextTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private const string Pasted = "订单导出\u0001接口";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IncidentTitle_WithAControlCharacter_RefusedNamingTheField_NothingStored()
    {
        await using var scope = factory.ScopeAs("officer-unsafe", "officer@demo.liqun", Roles.PrivacyOfficer);
        var incidents = scope.ServiceProvider.GetRequiredService<IncidentService>();
        var before = await CountAsync(db => db.Incidents);

        var refused = await incidents.LogAsync(Pasted, IncidentCategory.Other, TestClock.Now.AddHours(-1), null, Guid.NewGuid(), Ct);

        refused.Succeeded.ShouldBeFalse();
        refused.Error.ShouldBe("“标题”中含有不可见的控制字符（例如从其他程序粘贴带入的字符），未保存。请删除后重试。");
        (await CountAsync(db => db.Incidents)).ShouldBe(before);
        (await incidents.LogAsync("订单导出接口", IncidentCategory.Other, TestClock.Now.AddHours(-1), null, Guid.NewGuid(), Ct)).Succeeded.ShouldBeTrue("the write path is free");
    }

    [Fact]
    public async Task GradeReason_WithAControlCharacter_RefusedOnAnExistingIncident_ItStaysAsItWas()
    {
        await using var scope = factory.ScopeAs("officer-unsafe", "officer@demo.liqun", Roles.PrivacyOfficer);
        var incidents = scope.ServiceProvider.GetRequiredService<IncidentService>();
        var id = (await incidents.LogAsync("定级理由测试", IncidentCategory.Other, TestClock.Now.AddHours(-1), null, Guid.NewGuid(), Ct)).Value;
        var detail = (await incidents.GetAsync(id, Ct))!;

        var refused = await incidents.ConfirmGradeAsync(id, detail.Incident.Version, IncidentGrade.General, "影响\u0007较小", Ct);

        refused.Error.ShouldNotBeNull().ShouldContain("定级理由");
        (await incidents.GetAsync(id, Ct))!.Incident.Grade.ShouldBeNull();
    }

    [Fact]
    public async Task PolicyDraft_WithAControlCharacterInItsText_Refused()
    {
        await using var scope = factory.ScopeAs("officer-unsafe", "officer@demo.liqun", Roles.PrivacyOfficer);
        var revisions = scope.ServiceProvider.GetRequiredService<PolicyRevisionService>();
        var document = (await revisions.DocumentsAsync(Ct))[0];
        var before = await CountAsync(db => db.PolicyRevisions);

        var refused = await revisions.CreateDraftAsync(document.Id, "2027.unsafe", "摘要", "# 标题\n\n正文\u0001", submissionId: Guid.NewGuid(), cancellationToken: Ct);

        refused.Error.ShouldNotBeNull().ShouldContain("正文");
        (await CountAsync(db => db.PolicyRevisions)).ShouldBe(before);
    }

    [Fact]
    public async Task UserDisplayName_WithAControlCharacter_Refused()
    {
        await using var scope = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator);
        var users = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();

        var refused = await users.CreateAsync(new NewUserForm { Email = "pasted@demo.liqun", DisplayName = "王\u0001五", Password = "Pasted#Name2026", Roles = [Roles.Auditor] }, Ct);

        refused.Error.ShouldNotBeNull().ShouldContain("显示名称");
        (await CountAsync(db => db.Users.Where(u => u.Email == "pasted@demo.liqun"))).ShouldBe(0);
    }

    private async Task<int> CountAsync<T>(Func<ComplianceDbContext, IQueryable<T>> set)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await set(scope.ServiceProvider.GetRequiredService<ComplianceDbContext>()).CountAsync(Ct);
    }
}
