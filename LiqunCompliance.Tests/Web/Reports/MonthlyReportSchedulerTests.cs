using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Reports;

public sealed class MonthlyReportSchedulerTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstWorkingDayAfterNationalDay_SendsSeptemberOnce_ToSubscribersInTheirLanguage()
    {
        await MonthlyReportJob.SubscribeManagerAsync(factory, Ct);

        // 7 October 2026 is still the National Day holiday; 8 October is the first working day.
        (await Scheduler(new DateTimeOffset(2026, 10, 7, 2, 0, 0, TimeSpan.Zero)).RunOnceAsync(Ct)).ShouldBeNull();
        var scheduler = Scheduler(new DateTimeOffset(2026, 10, 8, 2, 0, 0, TimeSpan.Zero));
        (await scheduler.RunOnceAsync(Ct)).ShouldBe(new ReportMonth(2026, 9));
        (await scheduler.RunOnceAsync(Ct)).ShouldBeNull();

        var mail = Directory.GetFiles(factory.PickupFolder, "*.eml").ShouldHaveSingleItem();
        var message = await MimeKit.MimeMessage.LoadAsync(mail, Ct);
        message.Subject.ShouldBe("个人信息保护合规月报 2026-09");
        message.To.ToString().ShouldContain("manager@demo.liqun");
        message.Attachments.Select(a => a.ContentDisposition?.FileName).ShouldBe(["liqun-compliance-2026-09.pdf", "liqun-compliance-2026-09.xlsx"]);

        await using var check = factory.Services.CreateAsyncScope();
        var run = await check.ServiceProvider.GetRequiredService<ComplianceDbContext>().ReportRuns.SingleAsync(Ct);
        run.Month.ShouldBe("2026-09");
        run.Recipients.ShouldBe(1);
        run.Outcome.ShouldBe("Sent");
    }

    private MonthlyReportScheduler Scheduler(DateTimeOffset now) => MonthlyReportJob.At(factory, now);
}
