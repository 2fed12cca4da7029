using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>The trigger-kept tallies behind the home counters and the dashboard stay equal to a count of the table.</summary>
public sealed class RequestTallyTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tallies_AfterSeedingAndEveryKindOfWrite_EqualACountOfTheTable()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        await AssertTalliesMatchAsync(db);

        var open = await db.PrivacyRequests.Where(r => r.Status == RequestStatus.InProgress).OrderBy(r => r.Reference).Select(r => r.Id).Take(3).ToListAsync(Ct);
        open.Count.ShouldBe(3);
        await db.PrivacyRequests.Where(r => r.Id == open[0]).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RequestStatus.Completed), Ct);
        await db.PrivacyRequests.Where(r => r.Id == open[1]).ExecuteUpdateAsync(u => u.SetProperty(r => r.AssigneeId, "someone-else"), Ct);
        await db.PrivacyRequests.Where(r => r.Id == open[2]).ExecuteUpdateAsync(u => u.SetProperty(r => r.AssigneeId, (string?)null).SetProperty(r => r.Type, RequestType.Deletion), Ct);
        await db.PrivacyRequests.Where(r => r.Id == open[0]).ExecuteDeleteAsync(Ct);

        await AssertTalliesMatchAsync(db);
    }

    [Fact]
    public async Task Counters_FromTallies_EqualDirectCounts()
    {
        string me;
        await using (var lookup = factory.Services.CreateAsyncScope())
        {
            me = await lookup.ServiceProvider.GetRequiredService<ComplianceDbContext>().Users.Where(u => u.Email == "officer@demo.liqun").Select(u => u.Id).SingleAsync(Ct);
        }

        await using var scope = factory.ScopeAs(me, "officer@demo.liqun", Roles.PrivacyOfficer);
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();

        var counters = await scope.ServiceProvider.GetRequiredService<RequestQueryService>().CountersAsync(Ct);
        var openRows = await db.PrivacyRequests.AsNoTracking()
            .Where(r => !RequestStatistics.ClosedStatuses.Contains(r.Status)).Select(r => new { r.Status, r.AssigneeId }).ToListAsync(Ct);

        counters.Open.ShouldBe(openRows.Count);
        counters.Unassigned.ShouldBe(openRows.Count(r => r.AssigneeId == null));
        counters.AwaitingVerification.ShouldBe(openRows.Count(r => r.Status is RequestStatus.Received or RequestStatus.AwaitingVerification));
        counters.Mine.ShouldBe(openRows.Count(r => r.AssigneeId == me));
        counters.Mine.ShouldBeGreaterThan(0);
    }

    private static async Task AssertTalliesMatchAsync(ComplianceDbContext db)
    {
        var actual = (await db.PrivacyRequests.AsNoTracking().Select(r => new { r.Status, r.Type, r.AssigneeId }).ToListAsync(Ct))
            .GroupBy(r => (r.Status, r.Type, Assignee: r.AssigneeId ?? string.Empty)).ToDictionary(g => g.Key, g => g.Count());
        var tallies = (await db.RequestTallies.AsNoTracking().ToListAsync(Ct))
            .Where(t => t.Count != 0).ToDictionary(t => (t.Status, t.Type, Assignee: t.AssigneeKey), t => t.Count);

        actual.Count.ShouldBeGreaterThan(5);
        tallies.OrderBy(t => t.Key.ToString()).ShouldBe(actual.OrderBy(t => t.Key.ToString()));
    }
}
