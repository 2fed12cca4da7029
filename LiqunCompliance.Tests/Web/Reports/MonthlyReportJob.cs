using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LiqunCompliance.Tests.Web.Reports;

/// <summary>What the monthly-report job tests share: a subscriber, and the job on a clock of the test's choosing.</summary>
internal static class MonthlyReportJob
{
    /// <summary>The demo manager subscribes in Chinese.</summary>
    public static async Task SubscribeManagerAsync(ComplianceWebFactory factory, CancellationToken cancellationToken)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var manager = await db.Users.FirstAsync(u => u.Email == "manager@demo.liqun", cancellationToken);
        await using var asManager = factory.ScopeAs(manager.Id, manager.Email!, Roles.Management);
        await asManager.ServiceProvider.GetRequiredService<ReportSubscriptionService>().SetAsync(true, "zh-CN", cancellationToken);
    }

    public static MonthlyReportScheduler At(ComplianceWebFactory factory, DateTimeOffset now) => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(now),
        Options.Create(new MonthlyReportOptions()), NullLogger<MonthlyReportScheduler>.Instance);
}
