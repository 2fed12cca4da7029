using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Reports;

/// <summary>A month whose mail fails is recorded as failed, not left claimed, and the next pass sends it.</summary>
public sealed class MonthlyReportRetryTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFailedSend_IsRecordedFailed_AndTheNextPassSendsTheMonth()
    {
        await MonthlyReportJob.SubscribeManagerAsync(factory, Ct);

        // The mail drop cannot be written (a file stands where its folder should be): the send fails.
        Directory.CreateDirectory(Path.GetDirectoryName(factory.PickupFolder)!);
        await File.WriteAllTextAsync(factory.PickupFolder, "not a folder", Ct);
        var monday = new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero); // first working day of November
        try
        {
            (await Scheduler(monday).RunOnceAsync(Ct)).ShouldBeNull();
        }
        finally
        {
            File.Delete(factory.PickupFolder); // the mail drop is back, whatever happened
        }

        var failed = await RunAsync();
        failed.State.ShouldBe(ReportRunState.Failed);
        failed.Attempts.ShouldBe(1);
        failed.Error.ShouldBe(nameof(IOException));
        failed.FinishedAt.ShouldNotBeNull();

        // The next pass, half an hour later, sends October.
        (await Scheduler(monday.AddMinutes(30)).RunOnceAsync(Ct)).ShouldBe(new ReportMonth(2026, 10));
        var sent = await RunAsync();
        sent.State.ShouldBe(ReportRunState.Sent);
        sent.Attempts.ShouldBe(2);
        sent.Recipients.ShouldBe(1);
        Directory.GetFiles(factory.PickupFolder, "*.eml").ShouldHaveSingleItem();
        (await Scheduler(monday.AddMinutes(60)).RunOnceAsync(Ct)).ShouldBeNull("a sent month is not sent again");
    }

    private async Task<ReportRun> RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().ReportRuns.AsNoTracking().SingleAsync(r => r.Month == "2026-10", Ct);
    }

    private MonthlyReportScheduler Scheduler(DateTimeOffset now) => MonthlyReportJob.At(factory, now);
}
