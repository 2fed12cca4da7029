using System.Text.Json.Nodes;
using LiqunCompliance.Domain.Requests;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace LiqunCompliance.Web.Features.Requests.Api;

/// <summary>
/// The intake API's OpenAPI document (/openapi/v1.json): the public API only (/api/v1/...), with the request body, the
/// enums, examples, the X-Api-Key scheme on every operation, the Idempotency-Key header and every status the endpoints
/// answer. OpenAPI 3.0, which every mainstream client generator reads.
/// </summary>
public static class RequestApiDocument
{
    public const string DocumentName = "v1";
    public const string SecuritySchemeName = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";

    public static IServiceCollection AddRequestApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer(DescribeDocument);
            options.AddOperationTransformer(DescribeOperation);
            options.AddSchemaTransformer(DescribeSchema);
        });

    /// <summary>
    /// The interactive reference at /api/docs (Scalar, its script served by the portal itself; no web fonts, telemetry or AI agent): signed-in
    /// Administrators only, unless <see cref="ApiDocsOptions.Public"/> opens it to anyone. Its page starts the script
    /// inline, so it alone is served with inline scripts admitted (no user content is on it).
    /// </summary>
    public static IEndpointRouteBuilder MapRequestApiReference(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var reference = endpoints.MapScalarApiReference("/api/docs", options => options
            .WithTitle("LiqunCompliance intake API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocument(DocumentName)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools())
            .WithMetadata(new Infrastructure.AllowsInlineScripts());
        if (!endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiDocsOptions>>().Value.Public)
        {
            reference.RequireAuthorization(LiqunCompliance.Domain.Identity.AccessPolicies.ManageSettings);
        }

        return endpoints;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "LiqunCompliance intake API",
            Version = "v1",
            Description = "Records users' privacy requests from the app, the H5 pages and the customer-service system, and reads "
                + "their status. Authenticate with the key an Administrator creates at /admin/api-clients (header X-Api-Key). "
                + "Deadlines follow the privacy policy: 30 days from identity verification for access, correction, deletion, "
                + "consent withdrawal and account cancellation; 15 working days for other questions.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyHeader,
            Description = "The client's key (lqk_…), shown once when the client is created. A client reads only the requests it submitted.",
        };
        return Task.CompletedTask;
    }

    private static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, context.Document)] = [] }];
        if (context.Description.HttpMethod == "POST")
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = RequestApiEndpoints.IdempotencyHeader,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Recommended. Up to 100 characters, unique per request the client means to create: a retry with the same key and "
                    + "body answers with the request created first (201, same reference); the same key with another body is refused (422).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
                Example = JsonValue.Create("app-7781"),
            });
            if (operation.RequestBody is OpenApiRequestBody body)
            {
                body.Required = true;
                body.Description = "The request as the user made it. Contact data is stored encrypted.";
            }
        }

        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "reference" } path)
            {
                path.Description = "The reference the create call answered, LQ-YYYY-NNNNNN.";
                path.Example = JsonValue.Create("LQ-2026-000061");
            }
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse described && Describe(status) is { } text)
            {
                described.Description = text;
            }
        }

        return Task.CompletedTask;
    }

    private static string? Describe(string status) => status switch
    {
        "200" => "The request's status (no personal data).",
        "201" => "Created (or, for a retry with the same Idempotency-Key and body, the request created first).",
        "400" => "A field is missing or wrong: errors names each field.",
        "401" => "No key, or a key that is unknown or revoked.",
        "403" => "The client is disabled or lacks the scope for this operation.",
        "404" => "No request with this reference was submitted by this client (the same answer whether or not it exists).",
        "413" => "The body is larger than 64 KB.",
        "415" => "The body is not application/json (UTF-8).",
        "422" => "The Idempotency-Key was used before with another body.",
        _ => null,
    };

    private static Task DescribeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(CreateRequestBody))
        {
            Enumerate(schema, "type", Enum.GetNames<RequestType>());
            Enumerate(schema, "channel", Enum.GetNames<RequestChannel>());
            schema.Required = new HashSet<string>(["type", "channel", "requester"]);
            schema.Examples = [Example("""
                {"type":"Deletion","channel":"App","requester":{"name":"张三","phone":"13812345678","accountId":"LQ12345678"},
                 "details":"请删除我的浏览记录","receivedAt":"2026-09-01T10:00:00+08:00","identityVerifiedAt":"2026-09-01T10:00:00+08:00"}
                """)];
        }
        else if (type == typeof(RequesterBody))
        {
            schema.Description = "Who asks: a phone number, an e-mail address or an account id (at least one).";
            schema.Examples = [Example("""{"name":"张三","phone":"13812345678","email":null,"accountId":"LQ12345678"}""")];
        }
        else if (type == typeof(RequestStatusResponse))
        {
            Enumerate(schema, "status", Enum.GetNames<RequestStatus>());
            schema.Required = new HashSet<string>(["reference", "status", "deadlineRule"]);
            schema.Examples = [Example("""
                {"reference":"LQ-2026-000061","status":"InProgress","dueDate":"2026-10-14","deadlineRule":"30 CalendarDays from IdentityVerification","calendarWarning":null}
                """)];
        }

        return Task.CompletedTask;
    }

    private static JsonNode Example(string json) => JsonNode.Parse(json)!;

    private static void Enumerate(OpenApiSchema schema, string property, IEnumerable<string> names)
    {
        if (schema.Properties?.TryGetValue(property, out var found) == true && found is OpenApiSchema described)
        {
            described.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
        }
    }
}

/// <summary>Settings of the API reference page (section "ApiDocs").</summary>
public sealed class ApiDocsOptions
{
    public const string Section = "ApiDocs";

    /// <summary>Open /api/docs to anyone (default: signed-in Administrators only). The OpenAPI document itself is always public.</summary>
    public bool Public { get; set; }
}
