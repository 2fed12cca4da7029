using System.Net;
using ClosedXML.Excel;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Register;

/// <summary>
/// Publishing the two lists and what users get: the public pages without sign-in, in Chinese and English, each
/// version kept, and the Excel and PDF downloads read back.
/// </summary>
public sealed class RegisterListsPublishingTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_FirstListPublished_LaterAdditionIsAMajorChange()
    {
        // Other tests in this class publish too: compare with version 1 itself rather than with "the latest".
        await using var officer = AsOfficer();
        var first = (await Lists(officer).PublishedAsync(1, Ct)).ShouldNotBeNull();
        var draft = await Lists(officer).DraftAsync(Ct);

        first.Entries.ShouldNotContain(e => e.Name == RegisterSeeder.PendingEntryName);
        RegisterListChanges.Compare(first.Entries, draft.Entries).ShouldContain(c => c.Name == RegisterSeeder.PendingEntryName && c.Kind == ListChangeKind.Added);
        var catalogue = first.Catalogue.Concat(draft.Catalogue).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.ToItem());
        MiitLists.IsMajorChange(first.Entries, draft.Entries, catalogue.GetValueOrDefault).ShouldBeTrue();
        first.ContentHash.ShouldBe(RegisterJson.Hash(RegisterJson.WriteEntries(first.Entries), RegisterJson.WriteCatalogue(first.Catalogue)));
    }

    [Fact]
    public async Task AddEditPublish_PublicPagesAndDownloadsShowTheChange_OldVersionStillThere()
    {
        await using var officer = AsOfficer();
        var register = officer.ServiceProvider.GetRequiredService<RegisterService>();
        var lists = Lists(officer);
        var created = await register.CreateAsync(new RegisterEntryData
        {
            Name = "=HYPERLINK(\"http://evil.example\",\"点我\")",
            Provider = "+恶意公司",
            Kind = EntryKind.PromotionClient,
            Purpose = "-推广效果统计",
            Scenario = "@促销活动",
            InformationItems = ["app-usage"],
            SharingMethod = "接口传输",
            CollectionMethod = CollectionMethod.Api,
            PrivacyPolicyUrl = "https://promo.example.com/privacy",
        }, Ct);
        created.Succeeded.ShouldBeTrue(string.Join(";", created.Errors));
        var before = (await lists.PendingAsync(Ct)).LatestNumber;

        var unacknowledged = await lists.PublishAsync(before, acknowledgeUnconfirmed: false, Ct);
        unacknowledged.Failure.ShouldBe(OperationFailure.NeedsConfirmation);
        unacknowledged.Errors.ShouldContain(e => e.Contains("待确认"));
        (await lists.PendingAsync(Ct)).LatestNumber.ShouldBe(before);

        var published = await lists.PublishAsync(before, acknowledgeUnconfirmed: true, Ct);

        published.Succeeded.ShouldBeTrue(string.Join(";", published.Errors));
        published.Value!.Number.ShouldBe(before!.Value + 1);
        (await lists.PendingAsync(Ct)).Changes.ShouldBeEmpty();
        (await lists.PublishAsync(published.Value!.Number, true, Ct)).Errors.ShouldContain(e => e.Contains("没有变化"));
        (await lists.PublishAsync(before, true, Ct)).Errors.ShouldContain(e => e.Contains("同事已发布"));

        using var anonymous = factory.CreateBrowserLikeClient();
        var page = await anonymous.GetStringAsync("/privacy-policy/sdk-list", Ct);
        page.ShouldContain("第三方共享个人信息清单");
        page.ShouldContain($"第 {published.Value!.Number} 版");
        page.ShouldContain("腾讯地图定位 SDK（IMSI）");
        page.ShouldContain("href=\"https://promo.example.com/privacy\"");
        page.ShouldNotContain("<a href=\"javascript", Case.Insensitive);

        var old = await anonymous.GetStringAsync($"/privacy-policy/sdk-list?version={before}", Ct);
        old.ShouldContain($"第 {before} 版");
        old.ShouldNotContain("腾讯地图定位 SDK（IMSI）");
        old.ShouldContain("历史版本");

        var english = await anonymous.GetStringAsync("/privacy-policy/collection-list?culture=en-US", Ct);
        english.ShouldContain("List of personal information collected");
        english.ShouldContain("Precise location");
        english.ShouldContain("lang=\"en-US\"");

        var chinese = await anonymous.GetStringAsync("/privacy-policy/collection-list", Ct);
        chinese.ShouldContain("精准定位信息");

        // Excel: one sheet per list, formatted, every injected formula neutralised.
        var xlsx = await anonymous.GetAsync("/privacy-policy/lists.xlsx", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe(RegisterListEndpoints.ExcelContentType);
        using (var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync(Ct)))
        {
            workbook.Worksheets.Select(w => w.Name).ShouldBe(["收集清单", "共享清单"]);
            var sharing = workbook.Worksheet("共享清单");
            sharing.Cell(1, 1).GetString().ShouldBe("第三方共享个人信息清单");
            sharing.Cell(2, 1).GetString().ShouldContain($"第 {published.Value!.Number} 版");
            sharing.Cell(4, 1).GetString().ShouldBe("SDK/第三方名称");
            sharing.Cell(4, 1).Style.Font.Bold.ShouldBeTrue();
            var cells = sharing.CellsUsed().ToList();
            cells.ShouldAllBe(c => !c.HasFormula);
            // Exactly the recorded text, flagged as text (Excel's quote prefix), so it is shown and edited as text.
            foreach (var payload in new[] { "=HYPERLINK(\"http://evil.example\",\"点我\")", "+恶意公司", "-推广效果统计", "@促销活动" })
            {
                cells.ShouldContain(c => c.GetString() == payload && c.Style.IncludeQuotePrefix, payload);
            }
            cells.ShouldContain(c => c.GetString() == "百度统计 SDK");
            sharing.Column(1).Width.ShouldBeGreaterThan(10);
            var collection = workbook.Worksheet("收集清单").CellsUsed().ToList();
            collection.ShouldContain(c => c.GetString() == "用户注册");
            collection.ShouldContain(c => c.GetString().Contains("精准定位信息（敏感）"));
            cells.ShouldContain(c => c.GetString() == "待确认");
        }

        // PDF: the shared layout with the CJK font; the text reads back.
        var pdf = await anonymous.GetAsync($"/privacy-policy/lists.pdf?version={published.Value!.Number}", Ct);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Ct)))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            text.ShouldContain("个人信息收集清单");
            text.ShouldContain("第三方共享个人信息清单");
            text.ShouldContain("百度统计");
            text.ShouldContain($"第 {published.Value!.Number} 版");
            document.GetPage(1).Width.ShouldBeGreaterThan(document.GetPage(1).Height);
        }
    }

    [Fact]
    public async Task Public_NoSuchVersion_SaysSo()
    {
        using var anonymous = factory.CreateBrowserLikeClient();
        (await anonymous.GetStringAsync("/privacy-policy/sdk-list?version=999", Ct)).ShouldContain("不存在第 999 版清单");
        (await anonymous.GetAsync("/privacy-policy/lists.xlsx?version=999", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Draft_Downloads_NeedSignIn_AndAreMarkedAsDraft()
    {
        using var anonymous = factory.CreateBrowserLikeClient();
        var refused = await anonymous.GetAsync("/register/lists/draft.xlsx", Ct);
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);

        using var manager = await factory.SignInAsync("manager@demo.liqun");
        var draft = await manager.GetAsync("/register/lists/draft.xlsx", Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await draft.Content.ReadAsStreamAsync(Ct));
        workbook.Worksheet(1).Cell(2, 1).GetString().ShouldBe("草稿，尚未发布");
    }

    private AsyncServiceScope AsOfficer() => factory.ScopeAs("officer-lists", "officer@demo.liqun", Roles.PrivacyOfficer);

    private static PublishedListService Lists(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PublishedListService>();
}
