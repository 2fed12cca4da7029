using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Data;

internal static class DatabaseInitializer
{
    /// <summary>Applies migrations, makes sure the five roles exist and, in demo mode on an empty database, creates the demo accounts.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        StartupLock startupLock;
        await using (var probe = await services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync())
        {
            startupLock = await StartupLock.AcquireAsync(probe.Database);
        }

        await using (startupLock)
        {
            await InitializeLockedAsync(services);
        }
    }

    /// <summary>Migrations, reference data, roles and, in demo mode on an empty database, the demo accounts and data.</summary>
    private static async Task InitializeLockedAsync(IServiceProvider services)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await WorkdayCalendarService.SeedAsync(db, services.GetRequiredService<TimeProvider>());
            await RegisterSeeder.SeedCatalogueAsync(db);
            await PolicySeeder.SeedDocumentsAsync(db);
            await IncidentSeeder.SeedTemplatesAsync(db);
        }

        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Enabled && demo.ApiKey is { Length: > 0 } apiKey)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync();
            await Features.Admin.ApiClients.ApiClientService.SeedDemoClientAsync(db, apiKey, services.GetRequiredService<TimeProvider>());
        }

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        if (demo.Enabled && !await users.Users.AnyAsync())
        {
            await CreateDemoAccountsAsync(users, demo.Password, services.GetRequiredService<TimeProvider>());
            await using var db = await services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync();
            await RegisterSeeder.SeedDemoRegisterAsync(db, services.GetRequiredService<TimeProvider>());
            await DemoRequestSeeder.SeedAsync(services); // after the register: deletion follow-ups link to its entries
            var officers = DemoAccounts.All.Where(a => a.Role == Roles.PrivacyOfficer).ToList();
            var officer = await users.FindByEmailAsync(officers[0].Email);
            var reviewer = await users.FindByEmailAsync(officers[1].Email);
            var officerActor = new Domain.Common.Actor(officer!.Id, officer.DisplayName, IsPrivacyOfficer: true);
            var reviewerActor = new Domain.Common.Actor(reviewer!.Id, reviewer.DisplayName, IsPrivacyOfficer: true);
            await PolicySeeder.SeedDemoRevisionsAsync(db, officerActor, reviewerActor, services.GetRequiredService<TimeProvider>());
            await IncidentSeeder.SeedDemoIncidentsAsync(db, officerActor, services.GetRequiredService<TimeProvider>());
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private static async Task CreateDemoAccountsAsync(UserManager<ApplicationUser> users, string password, TimeProvider clock)
    {
        foreach (var account in DemoAccounts.All)
        {
            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, account.Role));
        }
    }

    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
