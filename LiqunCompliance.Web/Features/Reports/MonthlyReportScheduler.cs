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
/// workbook to every subscriber, in their language, and records the run: claimed, then sent or failed. The run row is
/// claimed first, so a restart never sends twice; a failed month is tried again at the next pass (every
/// <see cref="MonthlyReportOptions.IntervalMinutes"/>) up to <see cref="MonthlyReportSchedule.MaxAttempts"/> times,
/// and the dashboard shows the failure; the job's lease lets one web server run it.
/// </summary>
public sealed partial class MonthlyReportScheduler(
    IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<MonthlyReportOptions> options, ILogger<MonthlyReportScheduler> logger)
    : LeasedBackgroundJob(scopes, clock, logger)
{
    protected override string JobName => "monthly-report";

    protected override bool Enabled => options.Value.Scheduled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));

    protected override Task RunPassAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    /// <summary>
    /// One pass: sends the report if one is due today (a new month, a failed one, or one abandoned mid-send).
    /// Returns the month sent, or null (nothing due, another server has it, or this attempt failed and is recorded).
    /// </summary>
    public async Task<ReportMonth?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbFactory = services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        var calendar = await services.GetRequiredService<WorkdayCalendarService>().CurrentAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.ReportRuns.ToListAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        if (MonthlyReportSchedule.Due(calendar, ChinaTime.Today(Clock), [.. runs.Select(r => new ReportRunRecord(r.Month, r.State, r.StartedAt, r.Attempts))], now) is not { } month)
        {
            return null;
        }

        // Claim the month: a new row (its month is unique), or the failed/abandoned row (its start time is the
        // concurrency token). Either way a second server's claim fails and it leaves the month alone.
        var run = runs.FirstOrDefault(r => r.Month == month.ToString());
        if (run is null)
        {
            run = new ReportRun { Month = month.ToString(), StartedAt = now };
            db.ReportRuns.Add(run);
        }
        else
        {
            run.StartedAt = now;
            run.Attempts++;
            run.FinishedAt = null;
        }

        run.Outcome = nameof(ReportRunState.Claimed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return null; // another instance claimed this month first
        }

        try
        {
            run.Recipients = await SendAsync(services, db, month, cancellationToken);
            run.Outcome = nameof(ReportRunState.Sent);
            run.Error = null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            run.Outcome = nameof(ReportRunState.Failed);
            run.Error = failure.GetType().Name;
            LogFailed(logger, month.ToString(), run.Attempts, run.Error);
        }

        run.FinishedAt = Clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        if (run.State != ReportRunState.Sent)
        {
            return null;
        }

        LogSent(logger, month.ToString(), run.Recipients);
        return month;
    }

    /// <summary>Builds the month's PDF and workbook in each subscriber's language and mails them; returns how many were sent.</summary>
    private static async Task<int> SendAsync(IServiceProvider services, ComplianceDbContext db, ReportMonth month, CancellationToken cancellationToken)
    {
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

        return delivered;
    }

    /// <remarks>The kind of error only: an SMTP error's text can quote a subscriber's address.</remarks>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Monthly report for {Month} failed on attempt {Attempt} ({ErrorType}); it is tried again at the next pass")]
    private static partial void LogFailed(ILogger logger, string month, int attempt, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly report for {Month} sent to {Count} subscriber(s)")]
    private static partial void LogSent(ILogger logger, string month, int count);
}
