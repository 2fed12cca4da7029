using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Register;

/// <summary>
/// The case reproduced in issue 17: retiring a catalogue item that entries use made every such entry impossible to
/// review, suspend or retire. Now it is flagged on them, and only adding it anew is refused.
/// </summary>
public sealed class RetiredCatalogueItemTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CatalogueItemRetired_EntriesHoldingItAreFlagged_AndEveryTransitionStillWorks()
    {
        await using var officer = factory.ScopeAs("officer-retired", "王专员", Roles.PrivacyOfficer);
        var register = officer.ServiceProvider.GetRequiredService<RegisterService>();
        var catalogue = officer.ServiceProvider.GetRequiredService<CatalogueService>();
        var created = await register.CreateAsync(new RegisterEntryData
        {
            Name = "退役目录测试 SDK",
            Provider = "测试科技有限公司",
            Kind = EntryKind.Sdk,
            Purpose = "测试",
            InformationItems = ["device-model", "oaid"],
        }, Ct);
        created.Succeeded.ShouldBeTrue(string.Join(";", created.Errors));
        var id = created.Value;
        var oaid = (await catalogue.ListAsync(Ct)).Single(i => i.Code == "oaid");
        (await catalogue.SetRetiredAsync("oaid", oaid.Version, retired: true, Ct)).Succeeded.ShouldBeTrue();
        try
        {
            var entry = (await register.GetAsync(id, Ct))!;
            entry.RetiredItemsHeld.ShouldHaveSingleItem();
            (await register.ListAsync(Ct)).Single(r => r.Id == id).RetiredItemsHeld.ShouldBe(1);

            var reviewed = await register.MarkReviewedAsync(id, Token(entry), DateOnly.FromDateTime(TestClock.Now.UtcDateTime.AddMonths(6)), "已核对", Ct);
            reviewed.Succeeded.ShouldBeTrue(string.Join(";", reviewed.Errors));
            var suspended = await register.SetStatusAsync(id, Token((await register.GetAsync(id, Ct))!), EntryStatus.Suspended, null, Ct);
            suspended.Succeeded.ShouldBeTrue(string.Join(";", suspended.Errors));
            var reactivated = await register.SetStatusAsync(id, Token((await register.GetAsync(id, Ct))!), EntryStatus.Active, null, Ct);
            reactivated.Succeeded.ShouldBeTrue(string.Join(";", reactivated.Errors));
            var kept = (await register.GetAsync(id, Ct))!;
            var edited = await register.UpdateAsync(id, Token(kept), kept.Data with { Purpose = "测试与统计" }, Ct);
            edited.Succeeded.ShouldBeTrue(string.Join(";", edited.Errors));
            var retired = await register.SetStatusAsync(id, Token((await register.GetAsync(id, Ct))!), EntryStatus.Retired, "不再集成", Ct);
            retired.Succeeded.ShouldBeTrue(string.Join(";", retired.Errors));

            (await register.GetAsync(id, Ct))!.Versions.Select(v => v.Change).ShouldBe(
                [RegisterChangeKind.Retired, RegisterChangeKind.Edited, RegisterChangeKind.Reactivated, RegisterChangeKind.Suspended, RegisterChangeKind.Reviewed, RegisterChangeKind.Created]);
        }
        finally
        {
            await RestoreAsync(catalogue, "oaid");
        }
    }

    [Fact]
    public async Task RetiredCatalogueItem_AddedAnew_Refused()
    {
        await using var officer = factory.ScopeAs("officer-retired", "王专员", Roles.PrivacyOfficer);
        var register = officer.ServiceProvider.GetRequiredService<RegisterService>();
        var catalogue = officer.ServiceProvider.GetRequiredService<CatalogueService>();
        var item = (await catalogue.ListAsync(Ct)).First(i => !i.Retired && i.Code != "device-model" && i.Code != "oaid");
        (await catalogue.SetRetiredAsync(item.Code, item.Version, retired: true, Ct)).Succeeded.ShouldBeTrue();
        OperationResult<Guid> refused;
        try
        {
            refused = await register.CreateAsync(new RegisterEntryData
            {
                Name = "新增停用条目 SDK",
                Provider = "测试科技有限公司",
                Kind = EntryKind.Sdk,
                Purpose = "测试",
                InformationItems = ["device-model", item.Code],
                LegalBasis = LegalBasis.Consent,
            }, Ct);
        }
        finally
        {
            await RestoreAsync(catalogue, item.Code);
        }

        refused.ErrorFor(nameof(RegisterEntryData.InformationItems)).ShouldBe("个人信息种类：不能选择已停用的目录条目。");
    }

    /// <summary>The catalogue is shared by this class's tests: a retired item is brought back whatever happened.</summary>
    private static async Task RestoreAsync(CatalogueService catalogue, string code)
    {
        var item = (await catalogue.ListAsync(Ct)).Single(i => i.Code == code);
        (await catalogue.SetRetiredAsync(code, item.Version, retired: false, Ct)).Succeeded.ShouldBeTrue();
    }

    private static EntryEditToken Token(RegisterEntryDetail entry) => new(entry.Stamp, entry.CurrentVersion);
}
