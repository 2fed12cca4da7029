using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin;
using LiqunCompliance.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>Each test gets its own database: tampering must not leak into other tests.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly ComplianceWebFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _ = _factory.Services; // starts the host: migrations and demo accounts
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Verify_UntouchedChain_IsIntact()
    {
        await using var scope = AsAuditor();

        var result = await scope.ServiceProvider.GetRequiredService<AuditTrailService>().VerifyAsync(Ct);

        result.IsIntact.ShouldBeTrue();
        result.RecordsChecked.ShouldBeGreaterThan(5);
    }

    [Fact]
    public async Task Verify_RowAlteredWithRawSql_FailsAtThatRow()
    {
        var victim = await SequenceOfAsync(AuditAction.Created);
        await using (var connection = _factory.OpenRawConnection())
        {
            await TestDatabase.SuspendTriggersAsync(connection, "AuditRecords", "AuditRecords_NoUpdate");
            TestDatabase.Execute(connection, $"UPDATE \"AuditRecords\" SET \"UserName\" = 'someone-else' WHERE \"Sequence\" = {victim}");
        }

        await using var scope = AsAuditor();
        var result = await scope.ServiceProvider.GetRequiredService<AuditTrailService>().VerifyAsync(Ct);

        result.IsIntact.ShouldBeFalse();
        result.FirstBadSequence.ShouldBe(victim);
        result.Problem.ShouldBe(AuditChainProblem.ContentAltered);
        result.RecordsChecked.ShouldBe(victim - 1);
    }

    [Fact]
    public async Task Verify_RowDeletedWithRawSql_NamesTheMissingRecord()
    {
        var victim = await SequenceOfAsync(AuditAction.Created) + 1;
        await using (var connection = _factory.OpenRawConnection())
        {
            await TestDatabase.SuspendTriggersAsync(connection, "AuditRecords", "AuditRecords_NoDelete");
            TestDatabase.Execute(connection, $"DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = {victim}");
        }

        await using var scope = AsAuditor();
        var result = await scope.ServiceProvider.GetRequiredService<AuditTrailService>().VerifyAsync(Ct);

        result.IsIntact.ShouldBeFalse();
        result.FirstBadSequence.ShouldBe(victim);
        result.Problem.ShouldBe(AuditChainProblem.RecordMissing);
    }

    [Fact]
    public void RawUpdate_WithTriggersInPlace_IsRefusedByTheDatabase()
    {
        using var connection = _factory.OpenRawConnection();

        Should.Throw<System.Data.Common.DbException>(() => TestDatabase.Execute(connection, "UPDATE \"AuditRecords\" SET \"UserName\" = 'x'"))
            .Message.ShouldContain("append-only");
        Should.Throw<System.Data.Common.DbException>(() => TestDatabase.Execute(connection, "DELETE FROM \"AuditRecords\""));
    }

    [Fact]
    public async Task EfUpdateOfAuditRecord_IsRefused()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var record = await db.AuditRecords.OrderBy(r => r.Sequence).FirstAsync(Ct);
        record.UserName = "rewritten";

        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task UserChange_RecordsWhoWhatBeforeAfter_WithPersonalDataMaskedAndSecretsRedacted()
    {
        await using (var admin = _factory.ScopeAs("admin-id", "admin@demo.liqun", Roles.Administrator))
        {
            var result = await admin.ServiceProvider.GetRequiredService<UserAdministrationService>().CreateAsync(new NewUserForm
            {
                Email = "zhang.san@liqun.example",
                DisplayName = "张三丰",
                Password = "Strong-Password-2026",
                Roles = [Roles.PrivacyOfficer],
            }, Ct);
            result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        }

        await using var scope = AsAuditor();
        var page = await scope.ServiceProvider.GetRequiredService<AuditTrailService>()
            .QueryAsync(new AuditQuery(User: "admin@demo.liqun", EntityType: "ApplicationUser", Action: AuditAction.Created), Ct);

        var created = page.Rows.ShouldHaveSingleItem();
        created.UserName.ShouldBe("admin@demo.liqun");
        created.Changes.ShouldContain(c => c.Field == "Email" && c.After == "z***@liqun.example");
        created.Changes.ShouldContain(c => c.Field == "DisplayName" && c.After == "张**");
        created.Changes.ShouldContain(c => c.Field == "PasswordHash" && c.After == "[redacted]");
        created.Changes.ShouldNotContain(c => (c.After ?? string.Empty).Contains("zhang.san", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_FiltersByActionAndPagesOnTheServer()
    {
        await using var scope = AsAuditor();
        var service = scope.ServiceProvider.GetRequiredService<AuditTrailService>();

        var all = await service.QueryAsync(new AuditQuery(PageSize: 3), Ct);
        var created = await service.QueryAsync(new AuditQuery(Action: AuditAction.Created, PageSize: 500), Ct);

        all.Rows.Count.ShouldBe(3);
        all.TotalCount.ShouldBeGreaterThan(3);
        all.Rows.Select(r => r.Sequence).ShouldBeInOrder(SortDirection.Descending);
        created.Rows.ShouldAllBe(r => r.Action == AuditAction.Created);
    }

    [Fact]
    public async Task Query_AsPrivacyOfficer_IsRefused()
    {
        await using var scope = _factory.ScopeAs("officer", "officer@demo.liqun", Roles.PrivacyOfficer);

        await Should.ThrowAsync<UnauthorizedAccessException>(() =>
            scope.ServiceProvider.GetRequiredService<AuditTrailService>().QueryAsync(new AuditQuery(), Ct));
    }

    private AsyncServiceScope AsAuditor() => _factory.ScopeAs("auditor-id", "auditor@demo.liqun", Roles.Auditor);

    private async Task<long> SequenceOfAsync(AuditAction action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        return await db.AuditRecords.Where(r => r.Action == action).OrderBy(r => r.Sequence).Select(r => r.Sequence).Skip(2).FirstAsync(Ct);
    }
}
