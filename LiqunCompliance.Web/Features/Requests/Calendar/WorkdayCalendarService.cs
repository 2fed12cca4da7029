using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LiqunCompliance.Web.Features.Requests.Calendar;

/// <summary>
/// The working-day calendar: read by every deadline computation (cached briefly), changed by Administrators
/// (a year added, corrected or imported; every change audited by the SaveChanges interceptor).
/// </summary>
public sealed class WorkdayCalendarService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    IMemoryCache cache,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock)
{
    private const string CacheKey = "workday-calendar";

    /// <summary>The calendar as stored. Cached for a minute: another instance's change is seen within that time.</summary>
    public async Task<WorkdayCalendar> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out WorkdayCalendar? cached) && cached is not null)
        {
            return cached;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notices = await db.CalendarYears.AsNoTracking().Select(y => y.Notice).ToListAsync(cancellationToken);
        var calendar = new WorkdayCalendar(notices.SelectMany(CalendarNotice.Parse));
        cache.Set(CacheKey, calendar, TimeSpan.FromMinutes(1));
        return calendar;
    }

    public async Task<IReadOnlyList<CalendarYear>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.Staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notices = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).Select(y => y.Notice).ToListAsync(cancellationToken);
        return notices.SelectMany(CalendarNotice.Parse).ToList();
    }

    /// <summary>The years after this one that the calendar does not cover yet, within <paramref name="horizonDays"/> days.</summary>
    public async Task<IReadOnlyList<int>> MissingUpcomingYearsAsync(int horizonDays = 60, CancellationToken cancellationToken = default)
    {
        var calendar = await CurrentAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(horizonDays);
        return Enumerable.Range(today.Year, horizon.Year - today.Year + 1).Where(y => !calendar.Covers(y)).ToList();
    }

    /// <summary>Adds or replaces the years in a notice (the JSON shape of the seed).</summary>
    /// <exception cref="CalendarValidationException">The notice is malformed or inconsistent; nothing is stored.</exception>
    public async Task<IReadOnlyList<int>> ImportAsync(string json, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageSettings);
        var years = CalendarNotice.Parse(json);
        await SaveAsync(years, cancellationToken);
        return years.Select(y => y.Year).ToList();
    }

    /// <exception cref="CalendarValidationException">The year is inconsistent; nothing is stored.</exception>
    public async Task SaveYearAsync(CalendarYear year, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ManageSettings);
        await SaveAsync([year], cancellationToken);
    }

    public async Task<string> ExportAsync(CancellationToken cancellationToken = default) => CalendarNotice.Write(await YearsAsync(cancellationToken));

    /// <summary>First run: stores the seed years (2025, 2026) when the calendar is empty.</summary>
    public static async Task SeedAsync(ComplianceDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await db.CalendarYears.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var year in CalendarNotice.Seed())
        {
            db.CalendarYears.Add(new CalendarYearRecord { Year = year.Year, Notice = CalendarNotice.Write([year]), UpdatedAt = clock.GetUtcNow(), UpdatedBy = CurrentUser.SystemName });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveAsync(IReadOnlyList<CalendarYear> years, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var year in years)
        {
            var record = await db.CalendarYears.FindAsync([year.Year], cancellationToken);
            if (record is null)
            {
                record = new CalendarYearRecord { Year = year.Year };
                db.CalendarYears.Add(record);
            }

            record.Notice = CalendarNotice.Write([year]);
            record.UpdatedAt = clock.GetUtcNow();
            record.UpdatedBy = currentUser.Name;
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey);
    }
}
