using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Register;

/// <summary>The register through its services, as officers use it: add, edit, history, reviews, status, refusals, collisions.</summary>
public sealed class RegisterServiceTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RegisterEntryData NewSdk(string name) => new()
    {
        Name = name,
        Provider = "友盟同欣（北京）科技有限公司",
        Kind = EntryKind.Sdk,
        Purpose = "统计 App 使用情况",
        Scenario = "App 运行期间",
        InformationItems = ["device-model", "oaid"],
        SharingMethod = "SDK 本机采集",
        PrivacyPolicyUrl = "https://www.umeng.com/page/policy",
        NextReviewOn = new DateOnly(2027, 6, 1),
    };

    [Fact]
    public async Task AddThenEdit_HistoryKeepsBothVersions_WithFieldDiffAndWho()
    {
        await using var officer = AsOfficer("王专员");
        var register = Register(officer);
        var created = await register.CreateAsync(NewSdk("友盟统计 SDK（历史）"), Ct);
        created.Succeeded.ShouldBeTrue(string.Join(";", created.Errors));
        var id = created.Value;
        var entry = (await register.GetAsync(id, Ct))!;

        var edited = await register.UpdateAsync(id, Token(entry), entry.Data with { Purpose = "统计 App 使用情况并改进产品", InformationItems = ["device-model", "oaid", "precise-location"], LegalBasis = LegalBasis.Consent }, Ct);

        edited.Succeeded.ShouldBeTrue(string.Join(";", edited.Errors));
        var after = (await register.GetAsync(id, Ct))!;
        after.CurrentVersion.ShouldBe(2);
        after.Versions.Select(v => v.Number).ShouldBe([2, 1]);
        var latest = after.Versions[0];
        latest.Change.ShouldBe(RegisterChangeKind.Edited);
        latest.ByName.ShouldBe("王专员");
        latest.Changes.Select(c => c.Field).ShouldBe([nameof(RegisterEntryData.Purpose), nameof(RegisterEntryData.InformationItems), nameof(RegisterEntryData.LegalBasis)]);
        latest.Changes[0].Before.ShouldBe("统计 App 使用情况");
        latest.Changes[0].After.ShouldBe("统计 App 使用情况并改进产品");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        (await db.AuditRecords.CountAsync(a => a.EntityType == nameof(RegisterEntryRecord) && a.EntityKey == id.ToString(), Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task Duplicate_SameNameAndProviderIgnoringCaseAndSpaces_RefusedAndNothingAdded()
    {
        await using var officer = AsOfficer();
        var register = Register(officer);
        (await register.CreateAsync(NewSdk("极光推送 SDK"), Ct)).Succeeded.ShouldBeTrue();
        var before = (await register.ListAsync(Ct)).Count;

        var again = await register.CreateAsync(NewSdk("极光推送sdk ") with { Provider = " 友盟同欣（北京）科技有限公司" }, Ct);

        again.Succeeded.ShouldBeFalse();
        again.Errors[0].ShouldContain("登记簿中已有");
        (await register.ListAsync(Ct)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task BadInput_EveryProblemReportedInChinese_NothingSaved()
    {
        await using var officer = AsOfficer();
        var register = Register(officer);
        var before = (await register.ListAsync(Ct)).Count;

        var result = await register.CreateAsync(NewSdk("恶意链接 SDK") with
        {
            PrivacyPolicyUrl = "javascript:alert(1)",
            CrossBorder = true,
            InformationItems = ["precise-location"],
            LegalBasis = null,
        }, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Failure.ShouldBe(OperationFailure.Refused);
        result.Errors.ShouldBeEmpty("every problem is on its field, so the form marks the field");
        result.ErrorFor(nameof(RegisterEntryData.PrivacyPolicyUrl)).ShouldNotBeNull().ShouldContain("http://");
        result.ErrorFor(nameof(RegisterEntryData.PrivacyPolicyUrl))!.ShouldContain("隐私政策链接");
        result.ErrorFor(nameof(RegisterEntryData.CrossBorderDestination)).ShouldNotBeNull().ShouldContain("跨境传输");
        result.ErrorFor(nameof(RegisterEntryData.LegalBasis)).ShouldNotBeNull().ShouldContain("处理依据");
        result.Messages.Count().ShouldBe(3);
        (await register.ListAsync(Ct)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task ConcurrentEdit_SecondOfficerToldWhoChangedWhat_FirstEditKept()
    {
        Guid id;
        EntryEditToken seen;
        await using (var first = AsOfficer("李专员"))
        {
            var register = Register(first);
            id = (await register.CreateAsync(NewSdk("个推 SDK"), Ct)).Value;
            var entry = (await register.GetAsync(id, Ct))!;
            seen = Token(entry);
            (await register.UpdateAsync(id, seen, entry.Data with { Scenario = "收到推送时" }, Ct)).Succeeded.ShouldBeTrue();
        }

        await using var second = AsOfficer("张专员");
        var stale = await Register(second).UpdateAsync(id, seen, NewSdk("个推 SDK") with { Purpose = "推送营销消息" }, Ct);

        stale.Succeeded.ShouldBeFalse();
        stale.Errors[0].ShouldContain("李专员");
        stale.TheirChanges.ShouldNotBeNull().ShouldContain(c => c.Field == nameof(RegisterEntryData.Scenario) && c.After == "收到推送时");
        var kept = (await Register(second).GetAsync(id, Ct))!;
        kept.Data.Purpose.ShouldBe("统计 App 使用情况");
        kept.Data.Scenario.ShouldBe("收到推送时");
    }

    [Fact]
    public async Task Retire_NeedsAReason_StaysReadableWithHistory_LeavesTheLists()
    {
        await using var officer = AsOfficer();
        var register = Register(officer);
        var id = (await register.CreateAsync(NewSdk("神策分析 SDK"), Ct)).Value;
        var entry = (await register.GetAsync(id, Ct))!;

        (await register.SetStatusAsync(id, Token(entry), EntryStatus.Retired, "  ", Ct)).ErrorFor(nameof(RegisterEntryData.RetiredReason)).ShouldNotBeNull().ShouldContain("退出的原因");
        (await register.SetStatusAsync(id, Token(entry), EntryStatus.Retired, "App 3.2 起不再集成", Ct)).Succeeded.ShouldBeTrue();

        var retired = (await register.GetAsync(id, Ct))!;
        retired.Data.Status.ShouldBe(EntryStatus.Retired);
        retired.Data.RetiredReason.ShouldBe("App 3.2 起不再集成");
        retired.Versions[0].Change.ShouldBe(RegisterChangeKind.Retired);
        var draft = await officer.ServiceProvider.GetRequiredService<PublishedListService>().DraftAsync(Ct);
        draft.Entries.ShouldNotContain(e => e.Name == "神策分析 SDK");
    }

    [Fact]
    public async Task ReviewDone_RecordsReviewerAndNextDate_LeavesTheDueList()
    {
        await using var officer = AsOfficer("周专员");
        var register = Register(officer);
        var id = (await register.CreateAsync(NewSdk("阿里云 OSS") with { Kind = EntryKind.CloudService, NextReviewOn = DateOnly.FromDateTime(TestClock.Now.UtcDateTime.AddDays(-2)) }, Ct)).Value;
        (await register.ReviewsDueAsync(Ct)).ShouldContain(r => r.Id == id);
        var entry = (await register.GetAsync(id, Ct))!;
        entry.ReviewDue.ShouldBeTrue();

        (await register.MarkReviewedAsync(id, Token(entry), DateOnly.FromDateTime(TestClock.Now.UtcDateTime.AddDays(-1)), null, Ct)).Succeeded.ShouldBeFalse();
        var next = DateOnly.FromDateTime(TestClock.Now.UtcDateTime.AddYears(1));
        (await register.MarkReviewedAsync(id, Token(entry), next, "合同与隐私政策已核对", Ct)).Succeeded.ShouldBeTrue();

        var reviewed = (await register.GetAsync(id, Ct))!;
        reviewed.LastReviewedByName.ShouldBe("周专员");
        reviewed.Data.NextReviewOn.ShouldBe(next);
        reviewed.Versions[0].Change.ShouldBe(RegisterChangeKind.Reviewed);
        reviewed.Versions[0].Note.ShouldBe("合同与隐私政策已核对");
        (await register.ReviewsDueAsync(Ct)).ShouldNotContain(r => r.Id == id);
    }

    [Fact]
    public async Task CustomerService_MayRead_ButNotChange()
    {
        await using var supervisor = factory.ScopeAs("cs-register", "cs@demo.liqun", Roles.CustomerServiceSupervisor);
        var register = Register(supervisor);

        (await register.ListAsync(Ct)).ShouldNotBeEmpty();
        await Should.ThrowAsync<UnauthorizedAccessException>(() => register.CreateAsync(NewSdk("越权 SDK"), Ct));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => supervisor.ServiceProvider.GetRequiredService<PublishedListService>().PublishAsync(1, true, Ct));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => supervisor.ServiceProvider.GetRequiredService<CatalogueService>().CreateAsync(new("x-item", InformationCategory.Basic, "某项", "Item", false), Ct));
    }

    [Fact]
    public async Task Catalogue_ItemInUse_CannotBeDeleted_OnlyRetired_AndThenCannotBeChosen()
    {
        await using var officer = AsOfficer();
        var catalogue = officer.ServiceProvider.GetRequiredService<CatalogueService>();
        var oaid = (await catalogue.ListAsync(Ct)).Single(i => i.Code == "imsi");
        oaid.UsedBy.ShouldBeGreaterThan(0);

        (await catalogue.DeleteAsync("imsi", oaid.Version, Ct)).Errors.ShouldContain(e => e.Contains("只能停用"));
        (await catalogue.SetRetiredAsync("imsi", oaid.Version, true, Ct)).Succeeded.ShouldBeTrue();
        (await catalogue.SetRetiredAsync("imsi", oaid.Version, false, Ct)).Errors.ShouldContain(e => e.Contains("其他人修改"));

        var refused = await Register(officer).CreateAsync(NewSdk("运营商一键登录 SDK") with { InformationItems = ["imsi"] }, Ct);
        refused.ErrorFor(nameof(RegisterEntryData.InformationItems)).ShouldNotBeNull().ShouldContain("已停用");

        (await catalogue.CreateAsync(new("car-plate", InformationCategory.Basic, "车牌号", "Licence plate", false), Ct)).Succeeded.ShouldBeTrue();
        var plate = (await catalogue.ListAsync(Ct)).Single(i => i.Code == "car-plate");
        (await catalogue.DeleteAsync("car-plate", plate.Version, Ct)).Succeeded.ShouldBeTrue();
        var current = (await catalogue.ListAsync(Ct)).Single(i => i.Code == "imsi");
        (await catalogue.SetRetiredAsync("imsi", current.Version, false, Ct)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Versions_AreAppendOnly_InTheDatabase()
    {
        await using var connection = factory.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"RegisterEntryVersions\" SET \"ChangedByName\" = 'x'";
        (await Should.ThrowAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync(Ct))).Message.ShouldContain("append-only");
        command.CommandText = "DELETE FROM \"PublishedRegisterLists\"";
        (await Should.ThrowAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync(Ct))).Message.ShouldContain("append-only");
    }

    private static EntryEditToken Token(RegisterEntryDetail entry) => new(entry.Stamp, entry.CurrentVersion);

    private AsyncServiceScope AsOfficer(string name = "officer@demo.liqun") => factory.ScopeAs("officer-register", name, Roles.PrivacyOfficer);

    private static RegisterService Register(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<RegisterService>();
}
