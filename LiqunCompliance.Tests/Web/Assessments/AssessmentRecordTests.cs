using LiqunCompliance.Domain.Assessments;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Assessments;

/// <summary>
/// Issue 19 §3 and §5 in the database itself: an approved assessment cannot be changed, only superseded by a new version
/// and its measures followed up; an approved one cannot be deleted within three years; a draft can.
/// </summary>
public sealed class AssessmentRecordTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static readonly Actor Author = new("po-1", "李娜", IsPrivacyOfficer: true);
    private static readonly Actor Reviewer = new("po-2", "王芳", IsPrivacyOfficer: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDatabase_KeepsAnApprovedAssessmentUnchanged_AndForThreeYears()
    {
        var now = factory.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(ChinaTime.ToShanghai(now).Date);
        var approved = Approved($"PIA-T-{Random.Shared.Next(100000, 999999)}", now, today);
        var draft = ImpactAssessment.Propose(approved.Reference + "D", "人脸识别登录", null, [AssessmentTrigger.SensitiveInformation], Author, now);
        await using (var scope = factory.ScopeAs("po-1", "officer@demo.liqun", Roles.PrivacyOfficer))
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            db.ImpactAssessments.AddRange(approved, draft);
            await db.SaveChangesAsync(Ct);
        }

        await using var connection = factory.OpenRawConnection();
        await using var command = connection.CreateCommand();
        var approvedId = TestDatabase.GuidValue(approved.Id);
        var draftId = TestDatabase.GuidValue(draft.Id);

        foreach (var change in new[] { "\"Lawfulness\" = 'changed'", "\"Risk\" = 'Low'", "\"Status\" = 'Draft'", "\"RetainUntil\" = '2026-01-01'" })
        {
            command.CommandText = $"UPDATE \"ImpactAssessments\" SET {change} WHERE \"Id\" = '{approvedId}'";
            (await Should.ThrowAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync(Ct))).Message.ShouldContain("immutable", Case.Insensitive, change);
        }

        command.CommandText = $"DELETE FROM \"ImpactAssessments\" WHERE \"Id\" = '{approvedId}'";
        (await Should.ThrowAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync(Ct))).Message.ShouldContain("three years");

        // Following up a measure is not a change of what was approved; a draft is the author's to change or drop.
        command.CommandText = $"UPDATE \"ImpactAssessments\" SET \"Measures\" = '[]' WHERE \"Id\" = '{approvedId}'";
        (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
        command.CommandText = $"UPDATE \"ImpactAssessments\" SET \"Lawfulness\" = 'draft text' WHERE \"Id\" = '{draftId}'";
        (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
        command.CommandText = $"DELETE FROM \"ImpactAssessments\" WHERE \"Id\" = '{draftId}'";
        (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task AChange_IsANewVersion_ThatSupersedesTheApprovedOne()
    {
        var now = factory.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(ChinaTime.ToShanghai(now).Date);
        var first = Approved($"PIA-S-{Random.Shared.Next(100000, 999999)}", now, today);
        await using var scope = factory.ScopeAs("po-2", "officer2@demo.liqun", Roles.PrivacyOfficer);
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        db.ImpactAssessments.Add(first);
        await db.SaveChangesAsync(Ct);

        var second = first.Revise(Reviewer, now);
        second.Write("更新：增加人脸识别登录。", first.RightsImpact, first.Safeguards, Reviewer, now);
        second.Submit(Reviewer, now);
        second.Approve(Author, today, 12, now);
        first.SupersedeBy(second, now);
        db.ImpactAssessments.Add(second);
        await db.SaveChangesAsync(Ct);

        var versions = await db.ImpactAssessments.AsNoTracking().Where(a => a.Reference == first.Reference).OrderBy(a => a.VersionNumber).ToListAsync(Ct);
        versions.Select(v => v.Status).ShouldBe([AssessmentStatus.Superseded, AssessmentStatus.Approved]);
        versions[0].Lawfulness.ShouldBe("为选择收货地址所必需。");
        versions[0].Triggers.ShouldBe([AssessmentTrigger.SensitiveInformation, AssessmentTrigger.ProvidingToOthers]);
        versions[0].Measures.ShouldHaveSingleItem().Owner.ShouldBe("法务部");
        versions[1].PreviousVersionId.ShouldBe(first.Id);
    }

    private static ImpactAssessment Approved(string reference, DateTimeOffset now, DateOnly today)
    {
        var assessment = ImpactAssessment.Propose(reference, "腾讯地图 SDK（精确位置）", Guid.NewGuid(),
            [AssessmentTrigger.ProvidingToOthers, AssessmentTrigger.SensitiveInformation], Author, now);
        assessment.Write("为选择收货地址所必需。", "精确位置泄露可能暴露住址。", "仅在使用时收集，传输加密。", Author, now);
        assessment.Rate(LikelihoodLevel.Medium, ImpactLevel.High, "位置信息敏感。", RiskMatrix.Default, Author, now);
        assessment.Plan([new AssessmentMeasure("与腾讯签订数据处理协议", "法务部", today.AddMonths(1))], Author, now);
        assessment.Submit(Author, now);
        assessment.Approve(Reviewer, today, 12, now);
        return assessment;
    }
}
