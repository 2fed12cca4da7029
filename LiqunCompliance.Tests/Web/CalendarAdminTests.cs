using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

public sealed class CalendarAdminTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private const string Notice2027 = """
        {"years":{"2027":{"source":"测试通知","holidays":[{"name":"元旦","nameEn":"New Year's Day","from":"2027-01-01","to":"2027-01-03"}],"makeupWorkdays":["2027-01-09"]}}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_StoresTheShippedYearsOnFirstRun()
    {
        // The class shares one database and another test imports 2027, so only the shipped years are asserted here;
        // the exact seed is checked in the domain's calendar tests.
        await using var scope = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator);
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkdayCalendarService>().CurrentAsync(Ct);

        calendar.Covers(2025).ShouldBeTrue();
        calendar.Covers(2026).ShouldBeTrue();
        calendar.Classify(new DateOnly(2026, 2, 14)).Kind.ShouldBe(DayKind.MakeUpWorkday);
    }

    [Fact]
    public async Task Import_InvalidNotice_NamesProblemsAndStoresNothing()
    {
        await using var scope = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator);
        var service = scope.ServiceProvider.GetRequiredService<WorkdayCalendarService>();

        var invalid2028 = Notice2027.Replace("2027", "2028", StringComparison.Ordinal).Replace("2028-01-09", "2028-01-05", StringComparison.Ordinal);

        var error = await Should.ThrowAsync<CalendarValidationException>(() => service.ImportAsync(invalid2028, Ct));

        error.Problems.ShouldContain(p => p.Kind == CalendarProblemKind.MakeUpDayNotWeekend);
        (await service.CurrentAsync(Ct)).Covers(2028).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_2027_CoveredAndAudited()
    {
        await using (var scope = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator))
        {
            var service = scope.ServiceProvider.GetRequiredService<WorkdayCalendarService>();
            (await service.ImportAsync(Notice2027, Ct)).ShouldBe([2027]);
            var calendar = await service.CurrentAsync(Ct);
            calendar.Covers(2027).ShouldBeTrue();
            calendar.Classify(new DateOnly(2027, 1, 9)).Kind.ShouldBe(DayKind.MakeUpWorkday);
        }

        await using var check = factory.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditRecords
            .AnyAsync(r => r.EntityType == nameof(CalendarYearRecord) && r.EntityKey == "2027" && r.UserName == "admin@demo.liqun", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Import_ByPrivacyOfficer_Refused()
    {
        await using var scope = factory.ScopeAs("po", "officer@demo.liqun", Roles.PrivacyOfficer);

        await Should.ThrowAsync<UnauthorizedAccessException>(() => scope.ServiceProvider.GetRequiredService<WorkdayCalendarService>().ImportAsync(Notice2027, Ct));
    }
}
