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

public sealed class RequestApiTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SignedInAppUser_201WithDueDateOverNationalDay()
    {
        using var client = await ClientAsync();

        // Verified 2026-09-01 (Shanghai): 30 days end on 10-01, inside National Day, so the answer is due 10-08.
        var response = await client.PostAsync("/api/v1/requests", Json(new
        {
            type = "Deletion",
            channel = "App",
            requester = new { name = "张三", phone = "13812345678", accountId = "LQ20260901" },
            details = "删除浏览记录",
            receivedAt = "2026-09-01T10:00:00+08:00",
            identityVerifiedAt = "2026-09-01T10:00:00+08:00",
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("reference").GetString()!.ShouldMatch(@"^LQ-\d{4}-\d{6}$");
        body.GetProperty("status").GetString().ShouldBe("InProgress");
        body.GetProperty("dueDate").GetString().ShouldBe("2026-10-08");
        body.GetProperty("deadlineRule").GetString().ShouldBe("30 CalendarDays from IdentityVerification");
        body.GetProperty("calendarWarning").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Post_ComplaintWithoutVerification_ClockRunsFromReceiptInWorkingDays()
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync("/api/v1/requests", Json(new
        {
            type = "Complaint",
            channel = "H5",
            requester = new { email = "someone@example.com" },
            receivedAt = "2026-09-24T09:00:00+08:00",
        }), Ct);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("status").GetString().ShouldBe("Received");
        body.GetProperty("dueDate").GetString().ShouldBe("2026-10-22");
    }

    [Fact]
    public async Task Post_NotVerified_NoDueDateYet()
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync("/api/v1/requests", Json(new { type = "Access", channel = "Hotline", requester = new { phone = "13900001111" } }), Ct);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("dueDate").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Post_BadInput_400NamingEachFieldAndNothingStored()
    {
        using var client = await ClientAsync();
        var before = await CountAsync();

        var response = await client.PostAsync("/api/v1/requests", Json(new
        {
            type = "Unknown",
            channel = "Fax",
            requester = new { phone = "12ab", email = "not-mail" },
            receivedAt = "2026-09-01 10:00",
            identityVerifiedAt = "yesterday",
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["type", "channel", "requester.phone", "receivedAt", "identityVerifiedAt"], ignoreOrder: true);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("{}", "type")]
    [InlineData("not json", "body")]
    [InlineData("{\"type\":\"Access\",\"channel\":\"App\",\"requester\":{}}", "requester")]
    [InlineData("{\"type\":\"Access\",\"channel\":\"App\",\"requester\":{\"phone\":\"13800000000\"},\"receivedAt\":\"2099-01-01T00:00:00+08:00\"}", "receivedAt")]
    [InlineData("{\"type\":\"Access\",\"channel\":\"App\",\"requester\":{\"phone\":\"13800000000\"},\"receivedAt\":\"2026-09-02T00:00:00+08:00\",\"identityVerifiedAt\":\"2026-09-01T00:00:00+08:00\"}", "identityVerifiedAt")]
    [InlineData("{\"type\":\"1\",\"channel\":\"App\",\"requester\":{\"phone\":\"13800000000\"}}", "type")]
    public async Task Post_InvalidBody_400NamesTheField(string body, string field)
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync("/api/v1/requests", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyTwice_OneRequestSameAnswer()
    {
        using var client = await ClientAsync();
        var before = await CountAsync();
        var body = new { type = "Inquiry", channel = "App", requester = new { accountId = "LQ-IDEMPOTENT" } };

        var first = await Send(client, body, "retry-123");
        var second = await Send(client, body, "retry-123");

        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync(Ct)).ShouldBe(await first.Content.ReadAsStringAsync(Ct));
        (await CountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyDifferentBody_422()
    {
        using var client = await ClientAsync();
        await Send(client, new { type = "Inquiry", channel = "App", requester = new { accountId = "A1" } }, "reused-key");

        var second = await Send(client, new { type = "Complaint", channel = "App", requester = new { accountId = "A1" } }, "reused-key");

        second.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Post_NoKeyOrWrongKey_401()
    {
        using var noKey = factory.CreateContractCheckedClient();
        using var wrongKey = factory.CreateContractCheckedClient();
        wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "lqk_wrongwrongwrongwrongwrongwrongwrongwrong00");

        (await noKey.PostAsync("/api/v1/requests", Json(new { }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrongKey.PostAsync("/api/v1/requests", Json(new { }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_DisabledClient_403()
    {
        var (id, key) = await CreateClientAsync("disabled-system");
        await using (var scope = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator))
        {
            (await scope.ServiceProvider.GetRequiredService<ApiClientService>().SetEnabledAsync(id, false, Ct)).Succeeded.ShouldBeTrue();
        }

        using var client = factory.CreateContractCheckedClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        (await client.PostAsync("/api/v1/requests", Json(new { type = "Access" }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_ByReference_StatusAndDueDateWithoutPersonalData()
    {
        using var client = await ClientAsync();
        var created = await (await client.PostAsync("/api/v1/requests", Json(new
        {
            type = "Access",
            channel = "App",
            requester = new { name = "李四", phone = "13711112222" },
            identityVerifiedAt = TestClock.Now.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            receivedAt = TestClock.Now.AddMinutes(-2).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
        }), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var reference = created.GetProperty("reference").GetString();

        var response = await client.GetAsync($"/api/v1/requests/{reference}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldContain(reference!);
        text.ShouldNotContain("李四");
        text.ShouldNotContain("13711112222");
        (await client.GetAsync("/api/v1/requests/LQ-1999-000001", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_DocumentListsTheEndpoints()
    {
        using var client = factory.CreateContractCheckedClient();

        var document = await client.GetStringAsync("/openapi/v1.json", Ct);

        document.ShouldContain("/api/v1/requests");
        document.ShouldContain("/api/v1/requests/{reference}");
    }

    [Fact]
    public async Task Post_ContactDataEncryptedAtRest()
    {
        using var client = await ClientAsync();
        await client.PostAsync("/api/v1/requests", Json(new { type = "Access", channel = "App", requester = new { name = "王秘密", phone = "13598765432", email = "secret.person@example.com" } }), Ct);

        using var connection = factory.OpenRawConnection();
        using var command = connection.CreateCommand();
        var columns = "coalesce(\"RequesterName\",'') || coalesce(\"RequesterPhone\",'') || coalesce(\"RequesterEmail\",'')";
        command.CommandText = TestDatabase.IsPostgreSql
            ? $"SELECT string_agg({columns}, ',') FROM \"PrivacyRequests\""
            : $"SELECT group_concat({columns}) FROM \"PrivacyRequests\"";
        var raw = (string)command.ExecuteScalar()!;

        raw.ShouldNotContain("王秘密");
        raw.ShouldNotContain("13598765432");
        raw.ShouldNotContain("secret.person");
    }

    private async Task<HttpClient> ClientAsync()
    {
        var (_, key) = await CreateClientAsync($"test-{Guid.NewGuid():N}");
        var client = factory.CreateContractCheckedClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<(Guid Id, string Key)> CreateClientAsync(string name)
    {
        await using var scope = factory.ScopeAs("admin", "admin@demo.liqun", Roles.Administrator);
        var service = scope.ServiceProvider.GetRequiredService<ApiClientService>();
        var created = await service.CreateAsync(name, ApiClientService.AllScopes, Ct);
        created.Result.Succeeded.ShouldBeTrue();
        var id = (await service.ListAsync(Ct)).Single(c => c.Name == name).Id;
        return (id, created.Key!);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().PrivacyRequests.CountAsync(Ct);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, object body, string key)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = Json(body) };
        message.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(message, Ct);
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
