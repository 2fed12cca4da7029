using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using LiqunCompliance.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>
/// Issue 18 §2: /openapi/v1.json is a contract a real client can use. It describes the public API only, every operation
/// has its security requirement, its body schema and every status it answers; the API tests' responses are checked
/// against it (<see cref="ContractCheckingHandler"/>); a client generated from it by NSwag creates and reads a request.
/// </summary>
public sealed class RequestApiContractTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Document_DescribesThePublicApiOnly()
    {
        var paths = OpenApiContract.For(factory).Document["paths"]!.AsObject().Select(p => p.Key).ToList();

        paths.ShouldBe(["/api/v1/requests", "/api/v1/requests/{reference}"], ignoreOrder: true);
    }

    [Fact]
    public void EveryOperation_HasItsSecurity_ItsStatuses_AndWritesTheirBodySchema()
    {
        var document = OpenApiContract.For(factory).Document;
        document["components"]!["securitySchemes"]!["ApiKey"]!["name"]!.GetValue<string>().ShouldBe("X-Api-Key");
        var problems = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                var operation = node!.AsObject();
                var where = $"{method.ToUpperInvariant()} {path}";
                if (operation["security"] is not JsonArray { Count: > 0 } && document["security"] is not JsonArray { Count: > 0 })
                {
                    problems.Add($"{where}: no security requirement");
                }

                if (operation["operationId"] is null)
                {
                    problems.Add($"{where}: no operationId (generated clients name their methods by it)");
                }

                var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
                foreach (var required in new[] { "401", "403" })
                {
                    if (!statuses.Contains(required))
                    {
                        problems.Add($"{where}: {required} not declared");
                    }
                }

                if (method is "post" or "put" or "patch")
                {
                    if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is null)
                    {
                        problems.Add($"{where}: no request body schema");
                    }

                    if (operation["requestBody"]?["required"]?.GetValue<bool>() != true)
                    {
                        problems.Add($"{where}: the request body is not required");
                    }

                    if (operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "Idempotency-Key" && p["in"]!.GetValue<string>() == "header") != true)
                    {
                        problems.Add($"{where}: no Idempotency-Key header");
                    }

                    foreach (var required in new[] { "201", "400", "413", "415", "422" })
                    {
                        if (!statuses.Contains(required))
                        {
                            problems.Add($"{where}: {required} not declared");
                        }
                    }
                }
            }
        }

        problems.ShouldBeEmpty();

        // The enums and examples a client needs.
        var body = document["components"]!["schemas"]!["CreateRequestBody"]!;
        body["properties"]!["type"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(Enum.GetNames<LiqunCompliance.Domain.Requests.RequestType>());
        body["properties"]!["channel"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(Enum.GetNames<LiqunCompliance.Domain.Requests.RequestChannel>());
        body["example"]!["type"]!.GetValue<string>().ShouldBe("Deletion");
        body["properties"]!["receivedAt"]!["description"]!.GetValue<string>().ShouldContain("ISO 8601");
        document["components"]!["schemas"]!["RequestStatusResponse"]!["properties"]!["status"]!["enum"]!.AsArray().Count
            .ShouldBe(Enum.GetNames<LiqunCompliance.Domain.Requests.RequestStatus>().Length);
    }

    [Fact]
    public void TheChecker_RefusesAnUndeclaredStatus_AndABodyOffItsSchema()
    {
        var json = OpenApiContract.For(factory).Document.ToJsonString();
        var withoutNotFound = JsonNode.Parse(json)!;
        withoutNotFound["paths"]!["/api/v1/requests/{reference}"]!["get"]!["responses"]!.AsObject().Remove("404");
        var contract = new OpenApiContract(withoutNotFound.ToJsonString());
        const string valid = """{"reference":"LQ-2026-000001","status":"InProgress","dueDate":"2026-12-01","deadlineRule":"30 CalendarDays from IdentityVerification","calendarWarning":null}""";

        contract.Check("GET", "/api/v1/requests/LQ-2026-000001", 404, null, string.Empty).ShouldHaveSingleItem().ShouldContain("404 is not declared");
        contract.Check("GET", "/api/v1/requests/LQ-2026-000001", 200, "application/json", valid).ShouldBeEmpty();
        contract.Check("GET", "/api/v1/requests/LQ-2026-000001", 200, "application/json", valid.Replace("\"InProgress\"", "\"Lost\"", StringComparison.Ordinal))
            .ShouldHaveSingleItem().ShouldContain("does not match its schema");
        contract.Check("GET", "/api/v1/requests/LQ-2026-000001", 200, "application/json", """{"status":"InProgress"}""")
            .ShouldHaveSingleItem().ShouldContain("does not match its schema");
        contract.Check("DELETE", "/api/v1/requests/LQ-2026-000001", 200, null, string.Empty).ShouldHaveSingleItem().ShouldContain("no such operation");
    }

    [Fact]
    public async Task AClientGeneratedByNSwag_CreatesAndReadsARequest()
    {
        var document = await NSwag.OpenApiDocument.FromJsonAsync(OpenApiContract.For(factory).Document.ToJsonString(), Ct);
        var settings = new CSharpClientGeneratorSettings { ClassName = "IntakeClient", UseBaseUrl = false, GenerateClientInterfaces = false };
        settings.CSharpGeneratorSettings.Namespace = "Generated";
        settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
        var code = new CSharpClientGenerator(document, settings).GenerateFile();
        code.ShouldContain("CreateRequestBody body");

        var assembly = Compile(code);
        using var http = await factory.CreateApiClientAsync("generated");
        var client = Activator.CreateInstance(assembly.GetType("Generated.IntakeClient")!, http)!;

        // POST with a typed body, as the generated method takes it.
        var bodyType = assembly.GetType("Generated.CreateRequestBody")!;
        var body = Activator.CreateInstance(bodyType)!;
        SetEnum(body, "Type", "Deletion");
        SetEnum(body, "Channel", "App");
        var requester = Activator.CreateInstance(assembly.GetType("Generated.RequesterBody")!)!;
        requester.GetType().GetProperty("Name")!.SetValue(requester, "生成客户端");
        requester.GetType().GetProperty("Phone")!.SetValue(requester, "13811112222");
        bodyType.GetProperty("Requester")!.SetValue(body, requester);
        bodyType.GetProperty("Details")!.SetValue(body, "由生成的客户端提交");
        var create = client.GetType().GetMethods().Single(m => m.Name == "CreateRequestAsync" && m.GetParameters().All(p => p.ParameterType != typeof(CancellationToken)));
        var arguments = create.GetParameters().Select(p => p.ParameterType == bodyType ? body : (object)$"generated-{Guid.NewGuid():N}").ToArray();
        var created = await Await(create.Invoke(client, arguments)!);
        var reference = (string)created.GetType().GetProperty("Reference")!.GetValue(created)!;
        reference.ShouldStartWith("LQ-");

        // GET it back.
        var get = client.GetType().GetMethods().Single(m => m.Name == "GetRequestAsync" && m.GetParameters().Length == 1);
        var read = await Await(get.Invoke(client, [reference])!);
        read.GetType().GetProperty("Reference")!.GetValue(read).ShouldBe(reference);
        read.GetType().GetProperty("Status")!.GetValue(read)!.ToString().ShouldBe("Received");
    }

    [Fact]
    public async Task TheReference_IsForAdministrators_AndServedWithoutExternalResources()
    {
        using var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync("/api/docs", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldContain("/Account/Login");

        using var officer = await factory.SignInAsync("officer@demo.liqun");
        var forbidden = await officer.GetAsync("/api/docs", Ct);
        (forbidden.StatusCode == HttpStatusCode.Forbidden || forbidden.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true)
            .ShouldBeTrue($"an officer got {(int)forbidden.StatusCode} {forbidden.Headers.Location}");

        using var admin = await factory.SignInAsync("admin@demo.liqun");
        var page = await admin.GetAsync("/api/docs", Ct);
        if (page.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
        {
            page = await admin.GetAsync(new Uri(page.RequestMessage!.RequestUri!, page.Headers.Location!), Ct); // Scalar's page lives at /api/docs/
        }

        page.StatusCode.ShouldBe(HttpStatusCode.OK, page.Headers.Location?.ToString());
        var html = await page.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("openapi/v1.json");
        // Its inline start-up script is admitted on this page only.
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self' 'unsafe-inline'");
        (await admin.GetAsync("/", Ct)).Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self';");
        System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)\\s*=\\s*[\"'](https?:)?//").ShouldBeEmpty("no resource from another site");
        foreach (var script in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]+src=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
        {
            var url = new Uri(page.RequestMessage!.RequestUri!, script);
            (await admin.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, url.ToString());
        }
    }

    private static void SetEnum(object target, string property, string name)
    {
        var info = target.GetType().GetProperty(property)!;
        var type = Nullable.GetUnderlyingType(info.PropertyType) ?? info.PropertyType;
        info.SetValue(target, type.IsEnum ? Enum.Parse(type, name) : name);
    }

    private static async Task<object> Await(object task)
    {
        await (Task)task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    private static Assembly Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create($"Generated{Guid.NewGuid():N}", [CSharpSyntaxTree.ParseText(code, cancellationToken: Ct)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: Ct);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }
}
