using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests.Api;

/// <summary>The intake API for the app, H5 and the customer-service system: POST and GET /api/v1/requests.</summary>
public static partial class RequestApiEndpoints
{
    public const string WritePolicy = "ApiRequestsWrite";
    public const string ReadPolicy = "ApiRequestsRead";
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The largest body accepted (a request's details are at most a few thousand characters).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void AddApiPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(WritePolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser()
            .RequireClaim(ApiKeyAuthenticationHandler.EnabledClaim, "true").RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiClient.ScopeRequestsWrite));
        options.AddPolicy(ReadPolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser()
            .RequireClaim(ApiKeyAuthenticationHandler.EnabledClaim, "true").RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiClient.ScopeRequestsRead));
    }

    public static IEndpointRouteBuilder MapRequestApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/requests").WithTags("Requests").DisableAntiforgery();
        // Every status an operation answers is declared (the contract tests fail on an undeclared one). The body is read by
        // hand (size and content type are checked first), so its schema is declared with Accepts.
        api.MapPost("/", CreateAsync).RequireAuthorization(WritePolicy)
            .WithName("CreateRequest")
            .WithSummary("Record a user's privacy request")
            .Accepts<CreateRequestBody>("application/json")
            .Produces<RequestStatusResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/{reference}", GetAsync).RequireAuthorization(ReadPolicy)
            .WithName("GetRequest")
            .WithSummary("A request's status and due date (no personal data); a client reads only the requests it submitted")
            .Produces<RequestStatusResponse>()
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, RequestIntakeService intake, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        // Refused before the body is read: a body that is not JSON (415), or larger than the limit (413).
        if (!IsJson(context.Request.ContentType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: text["Api.Error.ContentType"]);
        }

        var raw = await ReadLimitedAsync(context, cancellationToken);
        if (raw is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: text["Api.Error.BodyTooLarge"]);
        }

        var clientId = Guid.Parse(context.User.FindFirst(ApiKeyAuthenticationHandler.ClientIdClaim)!.Value);
        var idempotencyKey = context.Request.Headers[IdempotencyHeader].FirstOrDefault()?.Trim();
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));

        if (idempotencyKey?.Length > 100)
        {
            return Problem(new() { ["Idempotency-Key"] = text["Api.Error.IdempotencyKey"] });
        }

        var (form, errors) = Parse(raw, text);
        if (form is null)
        {
            return Problem(errors);
        }

        // The key is claimed in the same transaction as the request it creates: two simultaneous POSTs with one key
        // create one request, and both get its answer.
        var claim = string.IsNullOrEmpty(idempotencyKey) ? null : new SubmissionClaim(clientId, idempotencyKey, bodyHash);
        var result = await intake.IntakeFromApiAsync(form, clientId, context.User.Identity!.Name!, claim, cancellationToken);
        if (result.Failure == Infrastructure.OperationFailure.KeyReused)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: text["Api.Error.IdempotencyReused"]);
        }

        if (!result.Succeeded)
        {
            return Problem(result.FieldErrors.ToDictionary(e => e.Key, e => e.Value));
        }

        return Results.Text(result.Value!.FirstAnswer ?? IntakeAnswer.Json(result.Value), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    /// <summary>A request this client submitted; any other reference (another client's, staff intake, none) is the same 404.</summary>
    private static async Task<IResult> GetAsync(string reference, HttpContext context, IDbContextFactory<ComplianceDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var clientId = Guid.Parse(context.User.FindFirst(ApiKeyAuthenticationHandler.ClientIdClaim)!.Value);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.Reference == reference && EF.Property<Guid?>(r, Data.Configurations.PrivacyRequestConfiguration.SubmittedByClientId) == clientId)
            .Select(r => new { r.Reference, r.Status, r.DueDate, r.Rule, r.CalendarWarning })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? Results.NotFound()
            : Results.Ok(new RequestStatusResponse(found.Reference, found.Status.ToString(), found.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                found.Rule.ToString(), found.CalendarWarning));
    }

    /// <summary>Turns the JSON body into an intake form, naming every field that is wrong.</summary>
    private static (IntakeForm? Form, Dictionary<string, string> Errors) Parse(string raw, IStringLocalizer<SharedResource> text)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        CreateRequestBody? body;
        try
        {
            body = JsonSerializer.Deserialize<CreateRequestBody>(raw, Json);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            errors["body"] = text["Api.Error.Body"];
            return (null, errors);
        }

        var form = new IntakeForm
        {
            Name = body.Requester?.Name,
            Phone = body.Requester?.Phone,
            Email = body.Requester?.Email,
            AccountId = body.Requester?.AccountId,
            Details = body.Details,
        };

        if (Infrastructure.ExactEnum.TryParse<RequestType>(body.Type, out var type))
        {
            form.Type = type;
        }
        else
        {
            errors["type"] = text["Api.Error.Type", string.Join(", ", Enum.GetNames<RequestType>())];
        }

        if (Infrastructure.ExactEnum.TryParse<RequestChannel>(body.Channel, out var channel))
        {
            form.Channel = channel;
        }
        else
        {
            errors["channel"] = text["Api.Error.Channel", string.Join(", ", Enum.GetNames<RequestChannel>())];
        }

        if (body.Requester is null)
        {
            errors["requester"] = text["Requests.Rule.NoContact"];
        }
        else
        {
            try
            {
                Requester.Create(body.Requester.Name, body.Requester.Phone, body.Requester.Email, body.Requester.AccountId);
            }
            catch (RequestRuleException refused)
            {
                errors[RequestRuleMessages.Field(refused.Rule)] = RequestRuleMessages.Message(text, refused.Rule);
            }
        }

        form.ReceivedAt = Time(body.ReceivedAt, "receivedAt", errors, text);
        form.IdentityVerifiedAt = Time(body.IdentityVerifiedAt, "identityVerifiedAt", errors, text);
        return errors.Count == 0 ? (form, errors) : (null, errors);
    }

    private static DateTimeOffset? Time(string? value, string field, Dictionary<string, string> errors, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (OffsetPattern().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        errors[field] = text["Api.Error.Time"];
        return null;
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        && (!media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body as text, or null when it is larger than <see cref="MaxBodyBytes"/> (never read further than that).</summary>
    private static async Task<string?> ReadLimitedAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        try
        {
            int read;
            while (length < buffer.Length && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
            }
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return null;
        }

        return length > MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static IResult Problem(Dictionary<string, string> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex OffsetPattern();
}
