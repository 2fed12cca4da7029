using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin.ApiClients;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>
/// Input that used to be stored and break things later (a control character in a name, a receipt in 0001, an enum
/// list, a 25 MB body), and the clear-text export's leftovers: each is refused at the door or made harmless.
/// </summary>
public sealed class HostileInputTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> ControlCharacters => new()
    {
        { "name", "requester" },
        { "details", "details" },
    };

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public async Task Api_ControlCharacter_400NamingTheFieldAndNothingStored(string where, string field)
    {
        using var client = await ApiClientAsync();
        var before = await CountAsync();

        var response = await client.PostAsync("/api/v1/requests", Json(new
        {
            type = "Access",
            channel = "App",
            requester = new { name = where == "name" ? "张\u0001三" : "张三", phone = "13812345678" },
            details = where == "details" ? "请\u0007删除" : "请删除",
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.GetProperty(field)[0].GetString()!.ShouldContain("控制字符");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task StaffForm_ControlCharacter_FieldMessageAndDetailsMayHaveLineBreaks()
    {
        await using var scope = factory.ScopeAs("cs-user", "cs@demo.liqun", Roles.CustomerServiceSupervisor);
        var intake = scope.ServiceProvider.GetRequiredService<RequestIntakeService>();

        var refused = await intake.IntakeAsync(new IntakeForm { Type = RequestType.Inquiry, Channel = RequestChannel.Hotline, Name = "李\u001b四", Phone = "13812345678" }, Ct);
        var accepted = await intake.IntakeAsync(new IntakeForm { Type = RequestType.Inquiry, Channel = RequestChannel.Hotline, Name = "李四", Phone = "13812345678", Details = "第一行\r\n第二行\t附注" }, Ct);

        refused.Succeeded.ShouldBeFalse();
        refused.FieldErrors["requester"].ShouldContain("控制字符");
        accepted.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task StoredControlCharacter_MonthlyWorkbookAndExportStillOpen()
    {
        using var officer = await factory.SignInAsync("officer@demo.liqun");
        await using (var connection = factory.OpenRawConnection())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"PrivacyRequests\" SET \"MaskedName\" = 'A\u0001*' WHERE \"Reference\" IN (SELECT \"Reference\" FROM \"PrivacyRequests\" ORDER BY \"ReceivedAt\" DESC LIMIT 5)";
            (await command.ExecuteNonQueryAsync(Ct)).ShouldBeGreaterThan(0);
        }

        var month = await officer.GetAsync("/reports/monthly.xlsx?month=" + TestClock.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Ct);
        var export = await officer.GetAsync("/requests/export.xlsx?view=All", Ct);

        month.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(new MemoryStream(await month.Content.ReadAsByteArrayAsync(Ct)));
        workbook.Worksheets.SelectMany(w => w.CellsUsed()).ShouldContain(c => c.GetString() == "A\uFFFD*");
    }

    [Theory]
    [InlineData("1900-01-01T00:00:00+08:00")]
    [InlineData("0001-01-02T00:00:00+00:00")]
    [InlineData("2022-08-28T23:59:00+08:00")]
    public async Task Api_ImplausibleReceipt_400(string receivedAt)
    {
        using var client = await ApiClientAsync();

        var response = await client.PostAsync("/api/v1/requests", Json(new
        {
            type = "Access",
            channel = "App",
            requester = new { name = "张三", phone = "13812345678", accountId = "LQ-ACCOUNT-1" },
            receivedAt,
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("receivedAt")[0].GetString()!.ShouldContain("2022");
    }

    [Theory]
    [InlineData("Access,Deletion")]
    [InlineData(" Access")]
    [InlineData("access")]
    [InlineData("0")]
    public async Task Api_EnumNotExactlyAName_400(string type)
    {
        using var client = await ApiClientAsync();

        var response = await client.PostAsync("/api/v1/requests", Json(new { type, channel = "App", requester = new { phone = "13812345678" } }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("type", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Api_HugeBody_413WithoutReadingIt_WrongContentType_415()
    {
        using var client = await ApiClientAsync();
        var huge = new string('x', 25 * 1024 * 1024);

        var tooLarge = await client.PostAsync("/api/v1/requests", new StringContent($"{{\"details\":\"{huge}\"}}", Encoding.UTF8, "application/json"), Ct);
        var plain = await client.PostAsync("/api/v1/requests", new StringContent("{\"type\":\"Access\"}", Encoding.UTF8, "text/plain"), Ct);

        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        plain.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task ClearTextExport_AuditorGets403AndNoFileIsLeft()
    {
        using var auditor = await factory.SignInAsync("auditor@demo.liqun");
        var before = Directory.GetFiles(Path.GetTempPath(), "*.tmp").ToHashSet();

        var refused = await auditor.GetAsync("/requests/export.xlsx?view=All&unmasked=true", Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Directory.GetFiles(Path.GetTempPath(), "*.tmp").Where(f => !before.Contains(f) && new FileInfo(f).Length == 0).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClearTextExport_NoStore_AuditedAtStart_FormulaLikeValuesExact()
    {
        await using (var supervisor = factory.ScopeAs("cs-user", "cs@demo.liqun", Roles.CustomerServiceSupervisor))
        {
            (await supervisor.ServiceProvider.GetRequiredService<RequestIntakeService>().IntakeAsync(new IntakeForm
            {
                Type = RequestType.Inquiry,
                Channel = RequestChannel.Email,
                Name = "=HYPERLINK(\"http://evil\")",
                Email = "=x0@evil.example",
            }, Ct)).Succeeded.ShouldBeTrue();
        }

        using var officer = await factory.SignInAsync("officer@demo.liqun");
        var response = await officer.GetAsync("/requests/export.xlsx?view=All&unmasked=true", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var cells = workbook.Worksheet(1).CellsUsed().ToList();
        cells.ShouldAllBe(c => !c.HasFormula);
        cells.ShouldContain(c => c.GetString() == "=x0@evil.example");
        cells.ShouldContain(c => c.GetString() == "=HYPERLINK(\"http://evil\")");
        await using var scope = factory.Services.CreateAsyncScope();
        var reveals = await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditRecords
            .Where(r => r.Action == AuditAction.PersonalDataRevealed && r.UserName == "officer@demo.liqun").OrderBy(r => r.Sequence).Select(r => r.Changes!).ToListAsync(Ct);
        reveals.ShouldContain(c => c.Contains("started"));
        reveals.ShouldContain(c => c.Contains("finished"));
    }

    [Theory]
    [InlineData("/privacy-policy/versions/1999-01-01")]
    [InlineData("/privacy-policy/documents/no-such-document")]
    [InlineData("/privacy-policy/download/1999-01-01.pdf")]
    [InlineData("/security-notices/00000000-0000-0000-0000-000000000001")]
    public async Task UnknownPublicDocument_404(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        if (!path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            var page = await response.Content.ReadAsStringAsync(Ct);
            page.ShouldContain("页面不存在", customMessage: "a readable page, not an empty body");
            page.ShouldContain(path.StartsWith("/privacy-policy", StringComparison.Ordinal) ? "href=\"/privacy-policy/archive\"" : "href=\"/security-notices\"");
        }
    }

    private Task<HttpClient> ApiClientAsync() => factory.CreateApiClientAsync("hostile");

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().PrivacyRequests.CountAsync(Ct);
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
