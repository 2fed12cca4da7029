using System.Net;
using Microsoft.AspNetCore.Hosting;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Data.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Data;

/// <summary>
/// Two officers saving the same record at the same moment: one save wins, the other gets a concurrency failure, and
/// the write path stays open (before the fix the loser kept the audit chain, and every later write and sign-in hung).
/// </summary>
public sealed class SimultaneousSaveTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> AggregateKinds =>
        ["PrivacyRequests", "Incidents", "PolicyRevisions", "RegisterEntries", "InformationItems", "NoticeTemplates"];

    [Theory]
    [MemberData(nameof(AggregateKinds))]
    public async Task TwoSimultaneousSavesOfOneAggregate_OneConflicts_ThenAWriteAndASignInDoNotWaitForTheLock(string kind)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        await using var first = await contexts.CreateDbContextAsync(Ct);
        await using var second = await contexts.CreateDbContextAsync(Ct);
        await ChangeTheSameRecordAsync(first, kind);
        await ChangeTheSameRecordAsync(second, kind);

        var saves = new[] { SaveAsync(first), SaveAsync(second) };
        var outcomes = await Task.WhenAll(saves).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        outcomes.Count(o => o is null).ShouldBe(1, "one save lands");
        outcomes.Single(o => o is not null).ShouldBeOfType<DbUpdateConcurrencyException>();
        var chain = factory.Services.GetRequiredService<AuditChainLock>();
        chain.HeldFor.ShouldBe(TimeSpan.Zero);

        // A frozen write path would make both wait for the lock's limit (15 s); well under it, neither waited for it.
        // No tighter bound: timing belongs to the benchmarks, and a loaded CI machine is slow, not frozen.
        await WriteSomethingAsync(contexts).WaitAsync(AuditChainLock.DefaultWaitLimit / 2, Ct);
        using var client = await factory.SignInAsync(DemoAccounts.All[0].Email).WaitAsync(AuditChainLock.DefaultWaitLimit / 2, Ct);
        chain.HeldFor.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task ATurnHeldByAContextThatIsDisposedWithoutSaving_IsGivenBack()
    {
        var chain = factory.Services.GetRequiredService<AuditChainLock>();
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            await chain.EnterAsync(db, Ct);
            chain.HeldFor.ShouldBeGreaterThan(TimeSpan.Zero);
        }

        chain.HeldFor.ShouldBe(TimeSpan.Zero);
        await WriteSomethingAsync(contexts).WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task ASaveThatFailsInTheDatabase_GivesTheChainBack()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        var id = Guid.NewGuid();
        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            db.ReportSubscriptions.Add(NewSubscription(id));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            db.ReportSubscriptions.Add(NewSubscription(id)); // same key: the database refuses it
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        factory.Services.GetRequiredService<AuditChainLock>().HeldFor.ShouldBe(TimeSpan.Zero);
        await WriteSomethingAsync(contexts).WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task ASaveThatCannotGetItsTurn_FailsWithAClearErrorInsteadOfHanging()
    {
        var chain = new AuditChainLock(TimeSpan.FromMilliseconds(200));
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        await using var holder = await contexts.CreateDbContextAsync(Ct);
        await using var waiter = await contexts.CreateDbContextAsync(Ct);
        await chain.EnterAsync(holder, Ct);

        await Should.ThrowAsync<WritePathBusyException>(() => chain.EnterAsync(waiter, Ct));

        await chain.ExitAsync(holder, commit: false);
        await chain.EnterAsync(waiter, Ct);
        await chain.ExitAsync(waiter, commit: false);
    }

    private static async Task<Exception?> SaveAsync(ComplianceDbContext db)
    {
        await Task.Yield();
        try
        {
            await db.SaveChangesAsync(Ct);
            return null;
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            return conflict;
        }
    }

    /// <summary>The record's version changes as any domain change would, with an audited insert in the same save.</summary>
    private static async Task ChangeTheSameRecordAsync(ComplianceDbContext db, string kind)
    {
        object record = kind switch
        {
            "PrivacyRequests" => await db.PrivacyRequests.OrderBy(r => r.Reference).FirstAsync(Ct),
            "Incidents" => await db.Incidents.OrderBy(i => i.Reference).FirstAsync(Ct),
            "PolicyRevisions" => await db.PolicyRevisions.OrderBy(r => r.Id).FirstAsync(Ct),
            "RegisterEntries" => await db.RegisterEntries.OrderBy(e => e.Id).FirstAsync(Ct),
            "InformationItems" => await db.InformationItems.OrderBy(i => i.Code).FirstAsync(Ct),
            "NoticeTemplates" => await db.NoticeTemplates.OrderBy(t => t.Name).FirstAsync(Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var entry = db.Entry(record);
        var token = entry.Properties.Single(p => p.Metadata.IsConcurrencyToken);
        token.CurrentValue = Guid.NewGuid();
        db.ReportSubscriptions.Add(NewSubscription(Guid.NewGuid()));
    }

    private static async Task WriteSomethingAsync(IDbContextFactory<ComplianceDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync(Ct);
        db.ReportSubscriptions.Add(NewSubscription(Guid.NewGuid()));
        await db.SaveChangesAsync(Ct);
    }

    private static ReportSubscription NewSubscription(Guid id) =>
        new() { Id = id, UserId = $"simultaneous-{id:N}", Email = "m@example.com", DisplayName = "M", Culture = "zh-CN" };
}

/// <summary>/health says when writes are stuck, not only whether the database answers.</summary>
public sealed class WritePathHealthTests : IAsyncLifetime
{
    private readonly StuckThresholdFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task AChainHeldPastTheThreshold_MakesHealthUnhealthy_UntilItIsFree()
    {
        using var client = _factory.CreateClient();
        (await client.GetStringAsync("/health", Ct)).ShouldBe("Healthy");

        var chain = _factory.Services.GetRequiredService<AuditChainLock>();
        await using var scope = _factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync(Ct);
        await chain.EnterAsync(db, Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(700), Ct);

        var stuck = await client.GetAsync("/health", Ct);
        stuck.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await stuck.Content.ReadAsStringAsync(Ct)).ShouldBe("Unhealthy");

        await chain.ExitAsync(db, commit: false);
        (await client.GetStringAsync("/health", Ct)).ShouldBe("Healthy");
    }

    private sealed class StuckThresholdFactory : ComplianceWebFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:WritePathStuckSeconds", "0.5");
        }
    }
}
