using LiqunCompliance.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// <c>dotnet run --project LiqunCompliance.Web -- --create-admin you@liqun.com "显示名"</c>, password read from standard input:
/// creates the first Administrator when demo accounts are off, then exits.
/// </summary>
internal static class FirstAdministratorCommand
{
    public const string Switch = "--create-admin";

    public static bool IsRequested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var index = Array.IndexOf(args, Switch);
        if (index + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync($"Usage: {Switch} <email> [display name]   (password on standard input)");
            return 2;
        }

        var email = args[index + 1];
        var displayName = index + 2 < args.Length && !args[index + 2].StartsWith("--", StringComparison.Ordinal) ? args[index + 2] : email;
        var password = (await Console.In.ReadLineAsync())?.Trim();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password on standard input.");
            return 2;
        }

        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        DatabaseInitializer.Check(await users.AddToRoleAsync(user, Roles.Administrator));
        Console.WriteLine($"Administrator {email} created.");
        return 0;
    }
}
