using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>Issue 16: the supervisor finds a caller's earlier requests by phone, e-mail, account id or name (exact, keyed lookups).</summary>
public sealed class CallerSearchTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ByPhone_AnyWritingOfTheNumber_FindsOpenAndClosedRequests_MaskedAndAudited()
    {
        var (first, second) = await TwoRequestsAsync("13900001111", "caller.one@example.com", "欧阳 娜娜", "SEARCH-ACC-1");
        await using var scope = AsSupervisor();
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueryService>();

        var found = await queries.SearchAsync("+86 139-0000-1111", Ct);
        var page = await queries.QueueAsync(new RequestQueueQuery(View: QueueView.All, Caller: found.Caller, PageSize: 200), Ct);

        found.Caller!.Kind.ShouldBe(CallerKeyKind.Phone);
        found.Caller.Shown.ShouldBe("139****1111");
        found.Matches.ShouldBe(2);
        page.Rows.Select(r => r.Reference).ShouldBe([first, second], ignoreOrder: true);
        page.Rows.ShouldAllBe(r => r.MaskedContact == "139****1111");

        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var record = await db.AuditRecords.AsNoTracking().Where(a => a.Action == AuditAction.PersonalDataSearched && a.UserName == "cs@demo.liqun")
            .OrderByDescending(a => a.Sequence).FirstAsync(Ct);
        record.Changes.ShouldNotBeNull();
        record.Changes.ShouldContain("139****1111");
        record.Changes.ShouldNotContain("13900001111");
        record.Changes.ShouldContain("\"2\"");
    }

    [Theory]
    [InlineData("CALLER.TWO@EXAMPLE.COM", CallerKeyKind.Email, "13900002221", "caller.two@example.com", "上官婉儿", "SEARCH-ACC-21")]
    [InlineData("东方 不败", CallerKeyKind.Name, "13900002222", null, "东方不败", "SEARCH-ACC-22")]
    [InlineData("search-acc-23", CallerKeyKind.Name, "13900002223", null, "令狐冲", "SEARCH-ACC-23")] // not a name on file: found as the account id
    public async Task ByEmailNameOrAccount_ExactMatch(string entry, CallerKeyKind kind, string phone, string? email, string name, string account)
    {
        var (first, second) = await TwoRequestsAsync(phone, email, name, account);
        await using var scope = AsSupervisor();
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueryService>();

        var found = await queries.SearchAsync(entry, Ct);
        var page = await queries.QueueAsync(new RequestQueueQuery(View: QueueView.All, Caller: found.Caller, PageSize: 200), Ct);

        found.Caller!.Kind.ShouldBe(kind);
        page.Rows.Select(r => r.Reference).ShouldBe([first, second], ignoreOrder: true);
    }

    [Fact]
    public async Task APartOfANumber_FindsNothing_AndAReferenceFiltersByReference()
    {
        await TwoRequestsAsync("13900003333", null, "诸葛明", "SEARCH-ACC-3");
        await using var scope = AsSupervisor();
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueryService>();

        var partial = await queries.SearchAsync("1390000333", Ct);
        var reference = await queries.SearchAsync("lq-2026-0000", Ct);
        var unreadable = await queries.SearchAsync(new string('x', 101), Ct);

        partial.Matches.ShouldBe(0);
        reference.Reference.ShouldBe("LQ-2026-0000");
        reference.Caller.ShouldBeNull();
        unreadable.IsUnreadable.ShouldBeTrue();
    }

    [Fact]
    public async Task ExportLink_CarriesTheLookups_NeverTheContactData_AndTheExportFilters()
    {
        await TwoRequestsAsync("13900004444", null, "司马光", "SEARCH-ACC-4");
        await using var scope = AsSupervisor();
        var found = await scope.ServiceProvider.GetRequiredService<RequestQueryService>().SearchAsync("13900004444", Ct);

        var link = RequestExportEndpoint.Link(new RequestQueueQuery(View: QueueView.All, Caller: found.Caller));
        var parsed = CallerFilter.FromToken(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query)["caller"]);

        link.ShouldNotContain("13900004444");
        link.ShouldNotContain("4444");
        parsed!.Lookup.ShouldBe(found.Caller!.Lookup);
        parsed.AccountLookup.ShouldBe(found.Caller.AccountLookup);
        CallerFilter.FromToken("Phone.not-a-hash.").ShouldBeNull();
    }

    [Fact]
    public async Task OlderRequests_WithoutLookups_AreFoundOnceTheBackfillHasRun()
    {
        var (first, _) = await TwoRequestsAsync("13900005555", "old.caller@example.com", "慕容复", "SEARCH-ACC-5");
        await using (var setup = factory.Services.CreateAsyncScope())
        {
            // As a request stored before the lookups existed: none of them, version 0.
            var db = setup.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            await db.PrivacyRequests.Where(r => r.Reference == first).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.PhoneLookup, (string?)null).SetProperty(r => r.EmailLookup, (string?)null)
                .SetProperty(r => r.NameLookup, (string?)null).SetProperty(r => r.LookupVersion, 0), Ct);
        }

        await using var scope = AsSupervisor();
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueryService>();
        (await queries.SearchAsync("old.caller@example.com", Ct)).Matches.ShouldBe(1);
        (await queries.LookupsPendingAsync(Ct)).ShouldBeGreaterThan(0);

        var backfill = factory.Services.GetRequiredService<RequesterLookupBackfill>();
        while (await backfill.RunBatchAsync(Ct) > 0)
        {
        }

        (await queries.SearchAsync("Old.Caller@example.com", Ct)).Matches.ShouldBe(2);
        (await queries.LookupsPendingAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task Management_CannotSearch()
    {
        await using var scope = factory.ScopeAs("m", "manager@demo.liqun", Roles.Management);

        await Should.ThrowAsync<UnauthorizedAccessException>(() => scope.ServiceProvider.GetRequiredService<RequestQueryService>().SearchAsync("13800000000", Ct));
    }

    /// <summary>Two requests of one caller, the first of them closed (withdrawn).</summary>
    private async Task<(string First, string Second)> TwoRequestsAsync(string phone, string? email, string name, string account)
    {
        await using var scope = AsSupervisor();
        var intake = scope.ServiceProvider.GetRequiredService<RequestIntakeService>();
        IntakeForm Form(RequestType type, int daysAgo) => new()
        {
            Type = type, Channel = RequestChannel.Hotline, Name = name, Phone = phone, Email = email, AccountId = account,
            Details = "来电查询", ReceivedAt = TestClock.Now.AddDays(-daysAgo),
        };

        var first = await intake.IntakeAsync(Form(RequestType.Access, 40), Ct);
        var second = await intake.IntakeAsync(Form(RequestType.Deletion, 1), Ct);
        first.Succeeded.ShouldBeTrue(first.Error);
        second.Succeeded.ShouldBeTrue(second.Error);
        return (first.Value!.Reference, second.Value!.Reference);
    }

    private AsyncServiceScope AsSupervisor() => factory.ScopeAs("cs-user", "cs@demo.liqun", Roles.CustomerServiceSupervisor);
}
