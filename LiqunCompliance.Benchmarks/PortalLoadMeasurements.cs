using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin.ApiClients;
using LiqunCompliance.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace LiqunCompliance.Benchmarks;

/// <summary>
/// The portal process under load over HTTP, as issue 20 asks to state: a burst of intake POSTs (all created, consecutive
/// references, errors, latency) and sign-in times for a real and an unknown account (they must not tell accounts apart).
/// </summary>
internal static partial class PortalLoadMeasurements
{
    public const string BurstName = "Intake burst over HTTP: POST /api/v1/requests, 32 at a time (portal process)";
    public const string SignInName = "Sign-in over HTTP: failed for a real account / for an unknown one / succeeded (portal process)";

    public static async Task<List<Measurement>> RunAsync(IServiceProvider services, BenchDatabase database, int burst, DateTimeOffset now)
    {
        if (!Measure.Wanted(BurstName) && !Measure.Wanted(SignInName))
        {
            return [];
        }

        const int accounts = 20;
        var key = await ApiKeyAsync(services);
        await CreateAccountsAsync(services, accounts, now);
        // Every attempt comes from 127.0.0.1: the per-address refusal would end the sign-in series after 10 failures.
        await using var portal = await PortalProcess.StartAsync(database, new Dictionary<string, string> { ["SignIn__FailuresPerAddress"] = "1000000" });
        var results = new List<Measurement>();
        if (Measure.Wanted(BurstName))
        {
            results.Add(await BurstAsync(portal.Address, key, burst));
        }

        if (Measure.Wanted(SignInName))
        {
            results.Add(await SignInAsync(portal.Address, accounts));
        }

        return results;
    }

    private static async Task<Measurement> BurstAsync(Uri portal, string key, int total)
    {
        using var client = new HttpClient { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var gate = new SemaphoreSlim(32);
        var latencies = new List<double>();
        var watch = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, total).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var body = JsonSerializer.Serialize(new { type = "Access", channel = "App", requester = new { phone = $"139{i:00000000}" }, details = "压力测试" });
                var call = Stopwatch.StartNew();
                using var response = await client.PostAsync(new Uri("/api/v1/requests", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
                var content = await response.Content.ReadAsStringAsync();
                lock (latencies)
                {
                    latencies.Add(call.Elapsed.TotalMilliseconds);
                }

                return response.StatusCode == HttpStatusCode.Created
                    ? (Created: true, Reference: JsonDocument.Parse(content).RootElement.GetProperty("reference").GetString())
                    : (Created: false, Reference: null);
            }
            catch (HttpRequestException)
            {
                return (Created: false, Reference: (string?)null);
            }
            finally
            {
                gate.Release();
            }
        }));
        var seconds = watch.Elapsed.TotalSeconds;
        var numbers = answers.Where(a => a.Created).Select(a => int.Parse(a.Reference![^6..], CultureInfo.InvariantCulture)).Order().ToList();
        var consecutive = numbers.Count > 0 && numbers.Distinct().Count() == numbers.Count && numbers[^1] - numbers[0] == numbers.Count - 1;
        latencies.Sort();
        return new Measurement(BurstName, Percentile(latencies, 0.5), latencies[0], latencies[^1], 0,
            $"{total:N0} POSTs in {seconds:F1} s: {numbers.Count:N0} created, {total - numbers.Count} errors, references {(consecutive ? "consecutive" : "NOT consecutive")}; p95 {Percentile(latencies, 0.95):F0} ms");
    }

    private static async Task<Measurement> SignInAsync(Uri portal, int accounts)
    {
        var real = new List<double>();
        var unknown = new List<double>();
        var succeeded = new List<double>();
        var unexpected = 0;
        for (var i = 0; i < accounts; i++)
        {
            // One failure per account (the fifth would lock it), alternating, so neither series runs on a warmer process.
            unexpected += await TimedAsync(portal, Email(i), "wrong-" + Password, real, expectSuccess: false);
            unexpected += await TimedAsync(portal, $"nobody-{i}@bench.liqun", "wrong-" + Password, unknown, expectSuccess: false);
            unexpected += await TimedAsync(portal, Email(i), Password, succeeded, expectSuccess: true);
        }

        real.Sort();
        unknown.Sort();
        succeeded.Sort();
        return new Measurement(SignInName, Percentile(real, 0.5), Math.Min(real[0], unknown[0]), Math.Max(real[^1], unknown[^1]), 0,
            string.Create(CultureInfo.InvariantCulture,
                $"{accounts} each; failed, real account: median {Percentile(real, 0.5):F0} ms (p95 {Percentile(real, 0.95):F0}); failed, unknown account: median {Percentile(unknown, 0.5):F0} ms (p95 {Percentile(unknown, 0.95):F0}); succeeded: median {Percentile(succeeded, 0.5):F0} ms{(unexpected > 0 ? $"; {unexpected} unexpected answers" : string.Empty)}"));
    }

    /// <summary>Fetches the form (antiforgery token and cookie), then times the POST alone. Returns 1 when the answer is not the expected one.</summary>
    private static async Task<int> TimedAsync(Uri portal, string email, string password, List<double> times, bool expectSuccess)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = portal };
        var form = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        times.Add(watch.Elapsed.TotalMilliseconds);
        var signedIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/", StringComparison.Ordinal) != true;
        return signedIn == expectSuccess ? 0 : 1;
    }

    private static async Task<string> ApiKeyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "bench-admin"), new Claim(ClaimTypes.Name, "bench-admin"), new Claim(ClaimTypes.Role, Roles.Administrator)], "bench")));
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync($"bench-{Guid.NewGuid():N}", ApiClientService.AllScopes);
        return created.Result.Succeeded ? created.Key! : throw new InvalidOperationException(created.Result.Error);
    }

    private static async Task CreateAccountsAsync(IServiceProvider services, int accounts, DateTimeOffset now)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        for (var i = 0; i < accounts; i++)
        {
            if (await users.FindByEmailAsync(Email(i)) is not null)
            {
                continue;
            }

            var user = new ApplicationUser { UserName = Email(i), Email = Email(i), EmailConfirmed = true, DisplayName = $"压测账号{i}", CreatedAt = now };
            var result = await users.CreateAsync(user, Password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, Roles.PrivacyOfficer);
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    private const string Password = "Bench#Load2026";

    private static string Email(int i) => $"bench-{i}@bench.liqun";

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
