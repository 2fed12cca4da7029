using System.Net;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>The queue over the sixty demo requests.</summary>
public sealed class RequestQueueTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoData_CoversEveryTypeChannelAndStatus()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var requests = await db.PrivacyRequests.AsNoTracking().Select(r => new { r.Type, r.Channel, r.Status }).ToListAsync(Ct);

        requests.Count.ShouldBeGreaterThanOrEqualTo(60);
        requests.Select(r => r.Type).Distinct().Count().ShouldBe(Enum.GetValues<RequestType>().Length);
        requests.Select(r => r.Channel).Distinct().Count().ShouldBe(Enum.GetValues<RequestChannel>().Length);
        requests.Select(r => r.Status).Distinct().Count().ShouldBe(Enum.GetValues<RequestStatus>().Length);
    }

    [Fact]
    public async Task Queue_OverdueView_OnlyOpenRequestsPastTheirDueDate_MaskedContact()
    {
        await using var scope = AsOfficer();
        var page = await Queries(scope).QueueAsync(new RequestQueueQuery(View: QueueView.Overdue, PageSize: 200), Ct);

        page.Rows.ShouldNotBeEmpty();
        page.Rows.ShouldAllBe(r => r.Standing == DeadlineStanding.Overdue && r.DaysLeft < 0);
        page.Rows.ShouldAllBe(r => r.MaskedContact.Contains("****") || r.MaskedContact.Contains("***@"));
    }

    [Fact]
    public async Task Queue_FiltersSortAndPage()
    {
        await using var scope = AsOfficer();
        var queries = Queries(scope);

        var deletions = await queries.QueueAsync(new RequestQueueQuery(View: QueueView.All, Type: RequestType.Deletion, PageSize: 200), Ct);
        var page = await queries.QueueAsync(new RequestQueueQuery(View: QueueView.All, Sort: QueueSort.ReceivedAt, Descending: true, PageSize: 10, Page: 1), Ct);

        deletions.Rows.ShouldAllBe(r => r.Type == RequestType.Deletion);
        deletions.TotalCount.ShouldBe(deletions.Rows.Count);
        page.Rows.Count.ShouldBe(10);
        page.Rows.Select(r => r.ReceivedAt).ShouldBeInOrder(SortDirection.Descending);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public async Task Counters_MatchTheViews()
    {
        await using var scope = AsOfficer();
        var queries = Queries(scope);

        var counters = await queries.CountersAsync(Ct);

        counters.Overdue.ShouldBe((await queries.QueueAsync(new RequestQueueQuery(View: QueueView.Overdue), Ct)).TotalCount);
        counters.DueSoon.ShouldBe((await queries.QueueAsync(new RequestQueueQuery(View: QueueView.DueSoon), Ct)).TotalCount);
        counters.Unassigned.ShouldBe((await queries.QueueAsync(new RequestQueueQuery(View: QueueView.Unassigned), Ct)).TotalCount);
    }

    [Fact]
    public async Task Queue_AsManagement_Refused()
    {
        await using var scope = factory.ScopeAs("m", "manager@demo.liqun", Roles.Management);

        await Should.ThrowAsync<UnauthorizedAccessException>(() => Queries(scope).QueueAsync(new RequestQueueQuery(), Ct));
    }

    [Fact]
    public async Task Export_MaskedByDefault_RealDatesAndAllRows()
    {
        using var client = await factory.SignInAsync("cs@demo.liqun");

        var response = await client.GetAsync("/requests/export.xlsx?view=All", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(60);
        rows.Select(r => r["联系方式（脱敏）"] as string ?? string.Empty).ShouldAllBe(c => c.Contains("****") || c.Contains("***"));
        rows.First().ContainsKey("手机号").ShouldBeFalse();
        rows.First()["受理时间"].ShouldBeOfType<DateTime>();
    }

    [Fact]
    public async Task Export_Unmasked_RequiresTheRightAndIsAudited()
    {
        using var auditor = await factory.SignInAsync("auditor@demo.liqun");
        using var officer = await factory.SignInAsync("officer@demo.liqun");

        var refused = await auditor.GetAsync("/requests/export.xlsx?view=All&unmasked=true", Ct);
        var allowed = await officer.GetAsync("/requests/export.xlsx?view=All&unmasked=true", Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await allowed.Content.ReadAsByteArrayAsync(Ct));
        var phones = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().Select(r => r["手机号"] as string ?? string.Empty).ToList();
        phones.ShouldContain(p => p.Length == 11 && !p.Contains('*'));
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditRecords
            .AnyAsync(r => r.Action == AuditAction.PersonalDataRevealed && r.UserName == "officer@demo.liqun" && r.Changes!.Contains("unmasked"), Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Export_FormulaLikeText_StaysExactText()
    {
        await using (var supervisor = factory.ScopeAs("cs-user", "cs@demo.liqun", Roles.CustomerServiceSupervisor))
        {
            var result = await supervisor.ServiceProvider.GetRequiredService<RequestIntakeService>().IntakeAsync(new IntakeForm
            {
                Type = RequestType.Inquiry,
                Channel = RequestChannel.Email,
                Name = "=HYPERLINK(\"http://evil\")",
                Email = "formula@example.com",
            }, Ct);
            result.Succeeded.ShouldBeTrue();
        }

        using var officer = await factory.SignInAsync("officer@demo.liqun");
        var response = await officer.GetAsync("/requests/export.xlsx?view=All&unmasked=true", Ct);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));

        var names = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().Select(r => r["姓名"] as string).ToList();
        // A text cell is never evaluated; the value stays exactly what was recorded (no apostrophe added).
        names.ShouldContain("=HYPERLINK(\"http://evil\")");
    }

    [Fact]
    public async Task LetterPdf_ChineseTextReadsBack_AndDownloadIsAudited()
    {
        Guid id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().PrivacyRequests
                .Where(r => r.Status == RequestStatus.Rejected).Select(r => r.Id).FirstAsync(Ct);
        }

        using var officer = await factory.SignInAsync("officer@demo.liqun");
        var response = await officer.GetAsync($"/requests/{id}/letter.pdf?lang=zh-CN", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        text.ShouldContain("个人信息保护");
        text.ShouldContain("人民法院提起诉讼");
        text.ShouldContain("第1页/共1页");
        // A letter from Liqun to the user: addressed, in the second person, dated in Chinese, signed flush right with a seal place.
        text.ShouldContain("尊敬的");
        text.ShouldNotContain("请求人");
        text.ShouldContain("（盖章）");
        text.ShouldMatch(@"\d{4}年\d{1,2}月\d{1,2}日");
        var page = pdf.GetPage(1);
        var seal = page.GetWords().Single(w => w.Text.Contains("盖章", StringComparison.Ordinal));
        seal.BoundingBox.Right.ShouldBeGreaterThan(page.Width * 0.8, "the signature block is set flush right");
    }

    private AsyncServiceScope AsOfficer() => factory.ScopeAs("officer-user", "officer@demo.liqun", Roles.PrivacyOfficer);

    private static RequestQueryService Queries(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<RequestQueryService>();
}
