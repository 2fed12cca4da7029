using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin.ApiClients;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>The intake API under a burst, and what one client may read back.</summary>
public sealed class RequestApiConcurrencyTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Before the fix, 43–49 % of such a burst answered 500 (UNIQUE constraint failed: PrivacyRequests.Reference).</summary>
    [Fact]
    public async Task ABurstOfIntakes32AtATime_AllCreated_WithConsecutiveReferences()
    {
        const int total = 300;
        using var client = await ApiClientAsync();
        using var gate = new SemaphoreSlim(32);
        var latencies = new List<double>();
        var calls = Enumerable.Range(0, total).Select(async i =>
        {
            await gate.WaitAsync(Ct);
            try
            {
                var watch = Stopwatch.StartNew();
                var response = await client.PostAsync("/api/v1/requests", Json(new { type = "Access", channel = "App", requester = new { phone = $"139{i:00000000}" } }), Ct);
                lock (latencies)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }

                return (response.StatusCode, Reference: response.StatusCode == HttpStatusCode.Created
                    ? (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("reference").GetString()
                    : await response.Content.ReadAsStringAsync(Ct));
            }
            finally
            {
                gate.Release();
            }
        });

        var results = await Task.WhenAll(calls);

        results.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => $"{(int)r.StatusCode} {r.Reference}").ShouldBeEmpty();
        var numbers = results.Select(r => int.Parse(r.Reference![^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        numbers.Distinct().Count().ShouldBe(total);
        (numbers[^1] - numbers[0]).ShouldBe(total - 1, "consecutive references");
        TestContext.Current.TestOutputHelper?.WriteLine($"p95 {latencies.Order().ElementAt((int)(latencies.Count * 0.95)):0} ms");
    }

    [Fact]
    public async Task AClientReadsOnlyTheRequestsItSubmitted_OthersAreTheSame404AsAnUnknownReference()
    {
        using var mine = await ApiClientAsync();
        using var other = await ApiClientAsync();
        var created = await (await mine.PostAsync("/api/v1/requests", Json(new { type = "Access", channel = "App", requester = new { phone = "13700001234" } }), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var reference = created.GetProperty("reference").GetString();
        string staffReference;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            staffReference = await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().PrivacyRequests
                .Where(r => r.Channel != LiqunCompliance.Domain.Requests.RequestChannel.App || r.Reference != reference)
                .OrderBy(r => r.Reference).Select(r => r.Reference).FirstAsync(Ct);
        }

        (await mine.GetAsync($"/api/v1/requests/{reference}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var foreign = await other.GetAsync($"/api/v1/requests/{reference}", Ct);
        var unknown = await other.GetAsync("/api/v1/requests/LQ-1999-000001", Ct);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreign.Content.ReadAsStringAsync(Ct)).ShouldBe(await unknown.Content.ReadAsStringAsync(Ct));
        (await mine.GetAsync($"/api/v1/requests/{staffReference}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "staff-recorded requests are not the client's");
    }

    private Task<HttpClient> ApiClientAsync() => factory.CreateApiClientAsync("burst");

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
