using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>Two web servers on one database, saving at the same moment (each instance has its own in-process lock).</summary>
public sealed class TwoInstanceTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SavesOnBothInstancesAtOnce_AllLand_AndTheAuditChainStaysIntact()
    {
        await using var second = new ComplianceWebFactory { ShareDatabaseWith = factory };
        _ = factory.Services;
        _ = second.Services;

        var saves = Enumerable.Range(0, 200).Select(i => SubscribeAsync(i % 2 == 0 ? factory : second, i));
        await Task.WhenAll(saves);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        (await db.ReportSubscriptions.CountAsync(s => s.UserId.StartsWith("two-instances-"), Ct)).ShouldBe(200);
        var verifier = new AuditChainVerifier();
        foreach (var record in await db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(Ct))
        {
            verifier.Accept(new SealedAuditEntry(record.ToContent(), record.PreviousHash, record.Hash));
        }

        verifier.Result().IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task TwoInstancesStartingTogetherOnAnEmptyDatabase_OneSeeds_BothServe()
    {
        await using var first = new ComplianceWebFactory();
        await using var second = new ComplianceWebFactory { ShareDatabaseWith = first };

        await Task.WhenAll(Task.Run(() => first.Services, Ct), Task.Run(() => second.Services, Ct));

        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        (await db.Users.CountAsync(Ct)).ShouldBe(LiqunCompliance.Web.Data.DemoAccounts.All.Count);
        (await db.PolicyDocuments.CountAsync(Ct)).ShouldBeGreaterThan(0);
        using var client = second.CreateClient();
        (await client.GetStringAsync("/health", Ct)).ShouldBe("Healthy");
    }

    private static async Task SubscribeAsync(ComplianceWebFactory instance, int i)
    {
        await Task.Yield();
        await using var scope = instance.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync(Ct);
        db.ReportSubscriptions.Add(new ReportSubscription { UserId = $"two-instances-{i}", Email = $"m{i}@example.com", DisplayName = $"M{i}", Culture = "zh-CN" });
        await db.SaveChangesAsync(Ct);
    }
}
