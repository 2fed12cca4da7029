using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Data;

/// <summary>The migrations of the database the tests run on (SQLite, or PostgreSQL with LIQUN_TEST_DATABASE) against the model.</summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private readonly ComplianceWebFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Model_HasNoChangeWithoutAMigration()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();

        db.Database.HasPendingModelChanges().ShouldBeFalse("the model changed without a migration for this provider (dotnet ef migrations add, see README)");
        (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task FirstStart_MigratingAndSeeding_EfWarnsAboutNothing()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().PrivacyRequests.CountAsync(Ct)).ShouldBeGreaterThan(0);

        // E.g. a migration that rebuilds a SQLite table outside its transaction, or a configuration the model scan skipped.
        _factory.LogLines.Where(l => l.StartsWith("Warning Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task FollowUpRegisterEntry_LinksTheFollowUpsAddedBeforeItByName()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var linking = migrations.FindLastIndex(m => m.EndsWith("_FollowUpRegisterEntry", StringComparison.Ordinal));
        var courier = await db.RegisterEntries.Where(e => e.Name == "顺丰速运").Select(e => e.Id).SingleAsync(Ct);
        var migrator = db.GetService<IMigrator>();

        // Back to the schema before the link (the column goes), then forward again: the migration fills it from the names.
        await migrator.MigrateAsync(migrations[linking - 1], cancellationToken: Ct);
        await migrator.MigrateAsync(cancellationToken: Ct);

        var followUps = await db.Set<FollowUpTask>().AsNoTracking().ToListAsync(Ct);
        followUps.ShouldContain(f => f.Recipient == "顺丰速运");
        followUps.Where(f => f.Recipient == "顺丰速运").ShouldAllBe(f => f.RegisterEntryId == courier);
        followUps.Where(f => f.RegisterEntryId != null).ShouldAllBe(f => f.Recipient == "顺丰速运" || f.Recipient == "百度统计 SDK");

        // The link is a foreign key: a follow-up cannot point at an entry the register does not hold.
        var nowhere = Guid.NewGuid();
        var any = followUps[0].Id;
        var refused = await Should.ThrowAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE \"FollowUpTasks\" SET \"RegisterEntryId\" = {nowhere} WHERE \"Id\" = {any}", Ct));
        refused.Message.ShouldContain("foreign key", Case.Insensitive);
    }
}
