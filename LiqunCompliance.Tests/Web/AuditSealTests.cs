using System.Globalization;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>
/// The database's owner (who can drop the triggers) rewrites the trail as well as they can without the seal key:
/// a record altered and every later hash recomputed, seals stripped, the tail cut after a head was published.
/// Each is reported; sequence numbers are never reused. Each test has its own database.
/// </summary>
public sealed class AuditSealTests : IAsyncLifetime
{
    private readonly ComplianceWebFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _ = _factory.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task EveryRecordIsSealed_AndTheUntouchedChainVerifies()
    {
        var records = await RecordsAsync();
        var key = Convert.FromBase64String(ComplianceWebFactory.SealKey);

        records.ShouldAllBe(r => r.Seal == AuditChain.SealOf(r.Hash, key));
        (await VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task RecordRewritten_LaterHashesRecomputed_SealNoLongerMatches()
    {
        var victim = (await RecordsAsync())[3].Sequence;

        await RewriteFromAsync(victim, stripSeals: false);

        var result = await VerifyAsync();
        result.IsIntact.ShouldBeFalse();
        result.Problem.ShouldBe(AuditChainProblem.SealInvalid);
        result.FirstBadSequence.ShouldBe(victim);
    }

    [Fact]
    public async Task RecordRewritten_SealsStrippedFromThereOn_Reported()
    {
        var victim = (await RecordsAsync())[3].Sequence;

        await RewriteFromAsync(victim, stripSeals: true);

        var result = await VerifyAsync();
        result.Problem.ShouldBe(AuditChainProblem.SealInvalid);
        result.FirstBadSequence.ShouldBe(victim);
    }

    [Fact]
    public async Task EveryRecordUnsealedAndRebuilt_PublishedHeadNoLongerMatches()
    {
        var head = await PublishAsync();
        await RewriteFromAsync(1, stripSeals: true, everySeal: true);

        var result = await VerifyAsync();

        result.Problem.ShouldBe(AuditChainProblem.HeadMismatch);
        result.FirstBadSequence.ShouldBe(head.Sequence);
        result.PublishedHead.ShouldBe(head);
    }

    [Fact]
    public async Task TailCutAfterAPublishedHead_Truncated_AndItsNumbersAreNotReused()
    {
        var head = await PublishAsync();
        var cutFrom = head.Sequence - 2;
        await using (var connection = _factory.OpenRawConnection())
        {
            await TestDatabase.SuspendTriggersAsync(connection, "AuditRecords", "AuditRecords_NoDelete");
            TestDatabase.Execute(connection, $"DELETE FROM \"AuditRecords\" WHERE \"Sequence\" >= {cutFrom.ToString(CultureInfo.InvariantCulture)}");
        }

        var cut = await VerifyAsync();
        cut.IsIntact.ShouldBeFalse();
        cut.Problem.ShouldBe(AuditChainProblem.Truncated);

        // Verify itself wrote a record: after the gap, not in it.
        var next = (await RecordsAsync()).Where(r => r.Sequence >= cutFrom).Select(r => r.Sequence).ToList();
        next.ShouldNotBeEmpty();
        next.Min().ShouldBeGreaterThan(head.Sequence);
        (await VerifyAsync()).Problem.ShouldBe(AuditChainProblem.RecordMissing);
    }

    [Fact]
    public async Task ForgedHead_WithoutTheKey_IsIgnored()
    {
        var genuine = await PublishAsync();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            db.PublishedAuditHeads.Add(new PublishedAuditHeadRecord { Sequence = genuine.Sequence + 1000, Hash = new string('a', 64), PublishedAt = TestClock.Now, PublishedIn = "forged", Seal = new string('b', 64) });
            await db.SaveChangesAsync(Ct);
        }

        var result = await VerifyAsync();

        result.IsIntact.ShouldBeTrue();
        result.PublishedHead!.Sequence.ShouldBe(genuine.Sequence);
    }

    private async Task<PublishedAuditHead> PublishAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AuditHeadPublisher>().PublishAsync("test", Ct))!;
    }

    private async Task<AuditChainVerification> VerifyAsync()
    {
        await using var scope = _factory.ScopeAs("auditor-seal", "auditor@demo.liqun", Roles.Auditor);
        return await scope.ServiceProvider.GetRequiredService<AuditTrailService>().VerifyAsync(Ct);
    }

    private async Task<List<AuditRecord>> RecordsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(Ct);
    }

    /// <summary>What an owner without the key can do: change a record, then recompute every hash after it.</summary>
    private async Task RewriteFromAsync(long victim, bool stripSeals, bool everySeal = false)
    {
        var records = await RecordsAsync();
        await using var connection = _factory.OpenRawConnection();
        await TestDatabase.SuspendTriggersAsync(connection, "AuditRecords", "AuditRecords_NoUpdate");
        var previous = records.Where(r => r.Sequence < victim).Select(r => r.Hash).LastOrDefault() ?? AuditChain.GenesisHash;
        foreach (var record in records)
        {
            if (record.Sequence < victim)
            {
                if (everySeal)
                {
                    TestDatabase.Execute(connection, $"UPDATE \"AuditRecords\" SET \"Seal\" = NULL WHERE \"Sequence\" = {record.Sequence.ToString(CultureInfo.InvariantCulture)}");
                }

                continue;
            }

            var userName = record.Sequence == victim ? "someone-else" : record.UserName;
            var content = record.ToContent() with { UserName = userName };
            var hash = AuditChain.ComputeHash(content, previous);
            var seal = stripSeals ? "NULL" : $"'{record.Seal}'";
            TestDatabase.Execute(connection, $"UPDATE \"AuditRecords\" SET \"UserName\" = {(userName is null ? "NULL" : $"'{userName}'")}, \"PreviousHash\" = '{previous}', \"Hash\" = '{hash}', \"Seal\" = {seal} WHERE \"Sequence\" = {record.Sequence.ToString(CultureInfo.InvariantCulture)}");
            previous = hash;
        }
    }
}
