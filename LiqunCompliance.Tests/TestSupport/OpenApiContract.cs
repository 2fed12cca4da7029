using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>
/// The portal's own OpenAPI document as a contract: which operations exist, which statuses each declares, and the JSON
/// schema of each response body. <see cref="Check"/> names everything a response does that the document does not say.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly ConditionalWeakTable<ComplianceWebFactory, OpenApiContract> Loaded = [];

    private readonly JsonObject _document;
    private readonly JsonObject _definitions;

    public OpenApiContract(string json)
    {
        _document = JsonNode.Parse(json)!.AsObject();
        // OpenAPI 3.0 schemas as JSON Schema 2020-12: "nullable" becomes a null type, component references point at $defs.
        var components = JsonNode.Parse(json.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!["components"]?["schemas"]?.AsObject() ?? [];
        _definitions = (JsonObject)AsJsonSchema(components.DeepClone());
    }

    public JsonObject Document => _document;

    /// <summary>The contract the factory's portal publishes (read once per factory).</summary>
    public static OpenApiContract For(ComplianceWebFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(factory, out var contract))
            {
                using var client = factory.CreateClient();
                contract = new OpenApiContract(client.GetStringAsync("/openapi/v1.json").GetAwaiter().GetResult());
                Loaded.Add(factory, contract);
            }

            return contract;
        }
    }

    /// <summary>Every way the response departs from the document (empty when it keeps to it).</summary>
    public IReadOnlyList<string> Check(string method, string path, int status, string? contentType, string body)
    {
        var problems = new List<string>();
        var where = $"{method} {path} → {status}";
        var operation = Operation(method, path);
        if (operation is null)
        {
            problems.Add($"{where}: the document has no such operation");
            return problems;
        }

        var response = operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? operation["responses"]?["default"];
        if (response is null)
        {
            problems.Add($"{where}: status {status} is not declared");
            return problems;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return problems;
        }

        var mediaType = contentType?.Split(';')[0].Trim();
        var schema = mediaType is null ? null : response["content"]?[mediaType]?["schema"];
        if (schema is null)
        {
            problems.Add($"{where}: a {mediaType ?? "body without content type"} body is not declared");
            return problems;
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _definitions.DeepClone(),
            ["allOf"] = new JsonArray(AsJsonSchema(JsonNode.Parse(schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!)),
        };
        var result = JsonSchema.FromText(root.ToJsonString()).Evaluate(JsonNode.Parse(body), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
            problems.Add($"{where}: the body does not match its schema ({string.Join("; ", errors)}): {body}");
        }

        return problems;
    }

    /// <summary>The operation for a concrete path, matching the document's templates ({reference} is one segment).</summary>
    public JsonObject? Operation(string method, string path)
    {
        foreach (var (template, item) in _document["paths"]!.AsObject())
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?\}", "[^/]+") + "/?$";
            if (Regex.IsMatch(path, pattern) && item?[method.ToLowerInvariant()] is JsonObject operation)
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>OpenAPI 3.0's "nullable: true" as JSON Schema: null allowed by type and enum.</summary>
    private static JsonNode AsJsonSchema(JsonNode node)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var key in schema.Select(p => p.Key).ToList())
                {
                    if (schema[key] is { } child)
                    {
                        schema[key] = AsJsonSchema(child.DeepClone());
                    }
                }

                if (schema["nullable"]?.GetValue<bool>() == true)
                {
                    if (schema["type"] is JsonValue type)
                    {
                        schema["type"] = new JsonArray(type.GetValue<string>(), "null");
                    }

                    if (schema["enum"] is JsonArray values && values.All(v => v is not null))
                    {
                        values.Add(null);
                    }
                }

                schema.Remove("nullable");
                schema.Remove("example");
                return schema;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        array[i] = AsJsonSchema(item.DeepClone());
                    }
                }

                return array;
            default:
                return node;
        }
    }
}

/// <summary>
/// Checks every /api/v1 response a test receives against the document; a departure fails the test at the call that
/// received it.
/// </summary>
public sealed class ContractCheckingHandler(OpenApiContract contract) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath.StartsWith("/api/v1/", StringComparison.Ordinal))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var problems = contract.Check(request.Method.Method, request.RequestUri.AbsolutePath, (int)response.StatusCode,
                response.Content.Headers.ContentType?.ToString(), body);
            if (problems.Count > 0)
            {
                throw new ShouldAssertException("The API answered outside its OpenAPI document: " + string.Join(" | ", problems));
            }
        }

        return response;
    }
}

public static class ContractCheckedClient
{
    /// <summary>A client whose every API response is checked against the published OpenAPI document.</summary>
    public static HttpClient CreateContractCheckedClient(this ComplianceWebFactory factory) =>
        factory.CreateDefaultClient(new ContractCheckingHandler(OpenApiContract.For(factory)));
}
