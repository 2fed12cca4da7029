using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Infrastructure.Jobs;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace LiqunCompliance.Web.Features.Reports;

public sealed class MonthlyReportOptions
{
    public bool Scheduled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 30;
}

/// <summary>
/// On the first working day of each month (the working-day calendar decides) e-mails the previous month's PDF and
/// workbook to every subscriber, in their language, and records the run. The run row is claimed first (unique month),
/// so a restart never sends twice; the job's lease lets one web server run it.
/// </summary>
public sealed partial class MonthlyReportScheduler(
    IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<MonthlyReportOptions> options, ILogger<MonthlyReportScheduler> logger)
    : LeasedBackgroundJob(scopes, clock, logger)
{
    protected override string JobName => "monthly-report";

    protected override bool Enabled => options.Value.Scheduled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));

    protected override Task RunPassAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    /// <summary>One pass: sends the report if one is due today. Returns the month sent, or null.</summary>
    public async Task<ReportMonth?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbFactory = services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        var calendar = await services.GetRequiredService<WorkdayCalendarService>().CurrentAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sent = await db.ReportRuns.AsNoTracking().Select(r => r.Month).ToListAsync(cancellationToken);
        if (MonthlyReportSchedule.Due(calendar, ChinaTime.Today(Clock), sent) is not { } month)
        {
            return null;
        }

        var run = new ReportRun { Month = month.ToString(), StartedAt = Clock.GetUtcNow() };
        db.ReportRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return null; // another instance claimed this month first
        }

        var subscribers = await db.ReportSubscriptions.AsNoTracking().Where(s => s.Email != string.Empty).ToListAsync(cancellationToken);
        var report = await services.GetRequiredService<MonthlyReportService>().BuildUncheckedAsync(month, cancellationToken);
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var mailer = services.GetRequiredService<NoticeMailer>();
        var delivered = 0;
        foreach (var group in subscribers.GroupBy(s => s.Culture))
        {
            using var culture = CultureScope.Use(group.Key);
            using var pdf = new MemoryStream();
            using var xlsx = new MemoryStream();
            MonthlyReportPdf.Write(report, text, pdf);
            MonthlyReportExcel.Write(report, text, xlsx);
            var recipients = group.Select(s => MailboxAddress.TryParse(s.Email, out var address) ? address : null).OfType<MailboxAddress>().ToList();
            delivered += await mailer.SendAsync(text["Reports.Title", month.ToString()], text["Reports.Mail.Body", month.ToString()] + MonthlyReportPdf.AuditHeadLine(report, text), recipients,
                [($"liqun-compliance-{month}.pdf", pdf.ToArray()), ($"liqun-compliance-{month}.xlsx", xlsx.ToArray())], cancellationToken);
        }

        run.FinishedAt = Clock.GetUtcNow();
        run.Recipients = delivered;
        run.Outcome = "Sent";
        await db.SaveChangesAsync(cancellationToken);
        LogSent(logger, month.ToString(), delivered);
        return month;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly report for {Month} sent to {Count} subscriber(s)")]
    private static partial void LogSent(ILogger logger, string month, int count);
}
