using System.Text;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Policies;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LiqunCompliance.Tests.Web.Policies;

/// <summary>The office's revision flow through the services: draft, four eyes, notice plan, scheduled publication, archive.</summary>
public sealed class PolicyRevisionServiceTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => ChinaTime.Today(TestClock.Fixed);

    [Fact]
    public async Task Demo_TwoPublishedVersions_TheNoticeAndADraftInReview()
    {
        await using var officer = AsAuthor();
        var documents = await Service(officer).DocumentsAsync(Ct);

        var policy = documents.Single(d => d.Key == PolicyDocument.PrivacyPolicyKey);
        policy.InForce!.Label.ShouldBe(PolicySeeder.CurrentLabel);
        policy.Revisions.ShouldContain(r => r.Label == "2022-08-29" && r.Status == RevisionStatus.Superseded);
        policy.Revisions.ShouldContain(r => r.Label == PolicySeeder.DraftLabel && r.Status == RevisionStatus.InReview && r.MajorChange);
        documents.Single(d => d.Key == PolicyDocument.AccountCancellationKey).InForce.ShouldNotBeNull();
    }

    [Fact]
    public async Task MajorChange_FourEyesNoticePlan_PublishedOnSchedule_AndArchived()
    {
        Guid id;
        await using (var author = AsAuthor())
        {
            var service = Service(author);
            var document = (await service.DocumentsAsync(Ct)).Single(d => d.Key == PolicyDocument.AccountCancellationKey);
            var created = await service.CreateDraftAsync(document.Id, "2027.01", "注销条件调整", cancellationToken: Ct);
            created.Succeeded.ShouldBeTrue(created.Error);
            id = created.Value;
            var draft = (await service.GetAsync(id, Ct))!.Revision;
            draft.Markdown.ShouldContain("利群网商账户注销须知");
            var edited = await service.EditAsync(id, draft.Version, "2027.01", draft.Markdown.Replace("在最近一个月内", "在最近十五日内", StringComparison.Ordinal),
                "缩短敏感操作的等待期", [MajorChangeTrigger.UserRights], Ct);
            edited.Succeeded.ShouldBeTrue(edited.Error);
            var submitted = await service.SubmitAsync(id, (await service.GetAsync(id, Ct))!.Revision.Version, Ct);
            submitted.Succeeded.ShouldBeTrue(submitted.Error);

            var own = await service.ApproveAsync(id, (await service.GetAsync(id, Ct))!.Revision.Version, Today.AddDays(5), Ct);
            own.Error.ShouldNotBeNull().ShouldContain("四眼原则");
        }

        await using (var reviewer = AsReviewer())
        {
            var service = Service(reviewer);
            var noPlan = await service.ApproveAsync(id, await VersionAsync(service, id), Today.AddDays(5), Ct);
            noPlan.Error.ShouldNotBeNull().ShouldContain("通知计划");

            // The reviewer plans the notice: the plan is part of what is reviewed, so a third officer must now approve.
            var plan = new NoticePlan(Today.AddDays(1), [new(NoticeChannel.Sms, "【利群网商】账户注销须知将于近期更新，详见 App。"), new(NoticeChannel.InAppPrompt, "注销须知更新提示")]);
            (await service.PlanNoticeAsync(id, await VersionAsync(service, id), plan, Ct)).Succeeded.ShouldBeTrue();
            (await service.ApproveAsync(id, await VersionAsync(service, id), Today.AddDays(3), Ct)).Error.ShouldNotBeNull().ShouldContain("告知计划");
        }

        await using (var third = factory.ScopeAs("third-officer-id", "孙悦", Roles.PrivacyOfficer))
        {
            var service = Service(third);
            var tooEarly = await service.ApproveAsync(id, await VersionAsync(service, id), Today.AddDays(1), Ct);
            tooEarly.Error.ShouldNotBeNull().ShouldContain("通知须在生效日期之前发出");

            (await service.ApproveAsync(id, await VersionAsync(service, id), Today.AddDays(3), Ct)).Succeeded.ShouldBeTrue();
            var notYet = await service.PublishNowAsync(id, await VersionAsync(service, id), Ct);
            notYet.Error.ShouldNotBeNull().ShouldContain("尚未到生效日期");

            // The scheduled job, on a clock three days ahead: publishes once, however often it runs.
            var later = new FakeTimeProvider(TestClock.Now.AddDays(3));
            var job = new ScheduledPolicyPublisher(factory.Services.GetRequiredService<IServiceScopeFactory>(), later,
                Options.Create(new PolicyPublishingOptions()), NullLogger<ScheduledPolicyPublisher>.Instance);
            (await job.RunOnceAsync(Ct)).ShouldBeGreaterThanOrEqualTo(1);
            (await job.RunOnceAsync(Ct)).ShouldBe(0);

            var published = (await service.GetAsync(id, Ct))!.Revision;
            published.Status.ShouldBe(RevisionStatus.Published);
            published.ContentHash.ShouldBe(PolicyText.Hash(published.Markdown));
            (await service.VerifyAsync(id, Ct)).ShouldBe(true);
        }

        var publicPolicies = factory.Services.GetRequiredService<PublicPolicyService>();
        var current = (await publicPolicies.CurrentAsync(PolicyDocument.AccountCancellationKey, Ct))!;
        current.Revision.Label.ShouldBe("2027.01");
        current.Previous!.Label.ShouldBe("v1");
        var archive = (await publicPolicies.ArchiveAsync(Ct)).Single(a => a.Document.Key == PolicyDocument.AccountCancellationKey).Entries;
        archive.Select(e => e.Label).ShouldBe(["2027.01", "v1"]);
        archive[1].EffectiveUntil.ShouldBe(Today.AddDays(2));
        archive[0].InForce.ShouldBeTrue();
    }

    [Fact]
    public async Task ConcurrentEdit_SecondSaveRefused_NamingWhoChangedIt()
    {
        await using var author = AsAuthor();
        var service = Service(author);
        var document = (await service.DocumentsAsync(Ct)).Single(d => d.Key == PolicyDocument.PrivacyPolicyKey);
        var id = (await service.CreateDraftAsync(document.Id, "2027.02", "并发测试", cancellationToken: Ct)).Value;
        var seen = await VersionAsync(service, id);
        (await service.EditAsync(id, seen, "2027.02", "# 第一位专员的修改", "并发测试", [], Ct)).Succeeded.ShouldBeTrue();

        await using var reviewer = AsReviewer();
        var stale = await Service(reviewer).EditAsync(id, seen, "2027.02", "# 第二位专员的修改", "并发测试", [], Ct);

        stale.Error.ShouldNotBeNull().ShouldContain("李娜");
        (await service.GetAsync(id, Ct))!.Revision.Markdown.ShouldBe("# 第一位专员的修改");
    }

    [Fact]
    public async Task Import_Utf8AndGb18030_AcceptedOtherFilesRefused()
    {
        await using var author = AsAuthor();
        var service = Service(author);
        var document = (await service.DocumentsAsync(Ct)).Single(d => d.Key == PolicyDocument.PrivacyPolicyKey);

        var utf8 = await service.ImportAsync(document.Id, "2027.03", "导入", "policy.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("# 利群网商隐私政策\n\n导入的正文")).ToArray(), cancellationToken: Ct);
        utf8.Succeeded.ShouldBeTrue(utf8.Error);
        (await service.GetAsync(utf8.Value, Ct))!.Revision.Markdown.ShouldBe("# 利群网商隐私政策\n\n导入的正文");

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = await service.ImportAsync(document.Id, "2027.04", "导入", "policy.txt", Encoding.GetEncoding("GB18030").GetBytes("利群网商隐私政策（GB18030 保存）"), cancellationToken: Ct);
        (await service.GetAsync(gb.Value, Ct))!.Revision.Markdown.ShouldBe("利群网商隐私政策（GB18030 保存）");

        (await service.ImportAsync(document.Id, "2027.05", "导入", "policy.exe", [1, 2, 3], cancellationToken: Ct)).Error.ShouldNotBeNull().ShouldContain(".md");
        (await service.CreateDraftAsync(document.Id, "2027.03", "重复", cancellationToken: Ct)).Error.ShouldNotBeNull().ShouldContain("2027.03");
        (await service.CreateDraftAsync(document.Id, "../etc", "非法", cancellationToken: Ct)).Error.ShouldNotBeNull().ShouldContain("版本号");
    }

    [Fact]
    public async Task Documents_OfficersAddThem_KeysAreUniqueAndSafe()
    {
        await using var author = AsAuthor();
        var service = Service(author);

        (await service.CreateDocumentAsync("children-privacy", "儿童个人信息保护规则", "Children's privacy rules", Ct)).Succeeded.ShouldBeTrue();
        (await service.CreateDocumentAsync("Children-Privacy", "重复", "Duplicate", Ct)).Error.ShouldNotBeNull().ShouldContain("children-privacy");
        (await service.CreateDocumentAsync("a b/c", "非法", "Bad", Ct)).Error.ShouldNotBeNull().ShouldContain("标识");
        var document = (await service.DocumentsAsync(Ct)).Single(d => d.Key == "children-privacy");
        document.InForce.ShouldBeNull();
        (await service.CreateDraftAsync(document.Id, "1.0", "首版", "# 儿童个人信息保护规则\n\n正文", cancellationToken: Ct)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task OthersMayRead_OnlyPrivacyOfficersChange()
    {
        await using var supervisor = factory.ScopeAs("cs-policies", "cs@demo.liqun", Roles.CustomerServiceSupervisor);
        var service = Service(supervisor);
        var documents = await service.DocumentsAsync(Ct);

        documents.ShouldNotBeEmpty();
        await Should.ThrowAsync<UnauthorizedAccessException>(() => service.CreateDraftAsync(documents[0].Id, "2027.06", "越权", cancellationToken: Ct));
        var draft = documents[0].Revisions.First(r => r.Status == RevisionStatus.InReview);
        await Should.ThrowAsync<UnauthorizedAccessException>(() => service.ApproveAsync(draft.Id, Guid.Empty, Today.AddDays(9), Ct));
    }

    [Fact]
    public async Task PublishedText_DatabaseRefusesChanges_AndVerifyDetectsOneMadeBehindItsBack()
    {
        await using var connection = factory.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"PolicyRevisions\" SET \"Markdown\" = \"Markdown\" || '（篡改）' WHERE \"ContentHash\" IS NOT NULL";
        (await Should.ThrowAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync(Ct))).Message.ShouldContain("immutable");
        command.CommandText = "DELETE FROM \"PolicyRevisions\" WHERE \"ContentHash\" IS NOT NULL";
        (await Should.ThrowAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync(Ct))).Message.ShouldContain("immutable");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var old = await db.PolicyRevisions.AsNoTracking().SingleAsync(r => r.Label == "2022-08-29", Ct);
        var resume = await TestDatabase.SuspendTriggersAsync(connection, "PolicyRevisions", "PolicyRevisions_PublishedTextFixed");
        try
        {
            command.CommandText = "UPDATE \"PolicyRevisions\" SET \"Markdown\" = \"Markdown\" || '（篡改）' WHERE \"Label\" = '2022-08-29'";
            await command.ExecuteNonQueryAsync(Ct);

            await using var officer = AsAuthor();
            (await Service(officer).VerifyAsync(old.Id, Ct)).ShouldBe(false);
        }
        finally
        {
            command.CommandText = "UPDATE \"PolicyRevisions\" SET \"Markdown\" = @text WHERE \"Id\" = @id";
            AddParameter(command, "@text", old.Markdown);
            AddParameter(command, "@id", TestDatabase.GuidValue(old.Id));
            await command.ExecuteNonQueryAsync(Ct);
            await resume();
        }

        await using var again = AsAuthor();
        (await Service(again).VerifyAsync(old.Id, Ct)).ShouldBe(true);
    }

    [Fact]
    public async Task TwoRevisionsFromOneBase_TheSecondCannotBeApprovedBesideTheFirst_NorOnceTheFirstIsInForce_UntilRebased()
    {
        Guid first, second;
        await using (var author = AsAuthor())
        {
            var service = Service(author);
            var document = (await service.CreateDocumentAsync("competing-test", "竞争修订测试", "Competing revisions", Ct)).Value;
            first = await DraftSubmittedAsync(service, document, "2027.10", "# 文本\n\n第一份修订的改动");
            second = await DraftSubmittedAsync(service, document, "2027.11", "# 文本\n\n第二份修订的改动");
        }

        await using var reviewer = AsReviewer();
        var reviews = Service(reviewer);
        (await reviews.ApproveAsync(first, await VersionAsync(reviews, first), Today, Ct)).Succeeded.ShouldBeTrue();

        var competing = await reviews.ApproveAsync(second, await VersionAsync(reviews, second), Today, Ct);
        competing.Error.ShouldNotBeNull().ShouldContain("2027.11");
        competing.Error.ShouldContain("2027.10");
        competing.Error.ShouldContain("相互竞争");

        (await reviews.PublishNowAsync(first, await VersionAsync(reviews, first), Ct)).Succeeded.ShouldBeTrue();
        var outdated = await reviews.ApproveAsync(second, await VersionAsync(reviews, second), Today, Ct);
        outdated.Error.ShouldNotBeNull().ShouldContain("现行版本为 2027.10");
        (await reviews.GetAsync(second, Ct))!.BaseOutdated.ShouldBeTrue();

        await using (var author = AsAuthor())
        {
            var service = Service(author);
            (await service.RebaseAsync(second, await VersionAsync(service, second), Ct)).Succeeded.ShouldBeTrue();
            (await service.GetAsync(second, Ct))!.BaseOutdated.ShouldBeFalse();
            (await service.SubmitAsync(second, await VersionAsync(service, second), Ct)).Succeeded.ShouldBeTrue();
        }

        (await reviews.ApproveAsync(second, await VersionAsync(reviews, second), Today, Ct)).Succeeded.ShouldBeTrue("rebased on the version in force");
    }

    private static async Task<Guid> DraftSubmittedAsync(PolicyRevisionService service, Guid document, string label, string markdown)
    {
        var draft = await service.CreateDraftAsync(document, label, "改动说明", markdown, cancellationToken: Ct);
        draft.Succeeded.ShouldBeTrue(draft.Error);
        (await service.SubmitAsync(draft.Value, await VersionAsync(service, draft.Value), Ct)).Succeeded.ShouldBeTrue();
        return draft.Value;
    }

    private static async Task<Guid> VersionAsync(PolicyRevisionService service, Guid id) => (await service.GetAsync(id, Ct))!.Revision.Version;

    private AsyncServiceScope AsAuthor() => factory.ScopeAs("author-id", "李娜", Roles.PrivacyOfficer);

    private AsyncServiceScope AsReviewer() => factory.ScopeAs("reviewer-id", "赵敏", Roles.PrivacyOfficer);

    private static PolicyRevisionService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PolicyRevisionService>();

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
