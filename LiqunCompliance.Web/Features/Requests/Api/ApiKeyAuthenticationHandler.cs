using System.Security.Claims;
using System.Text.Encodings.Web;
using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Features.Requests.Api;

/// <summary>
/// Authenticates the X-Api-Key header against the stored hashes. No or wrong key: 401. A known but disabled
/// client is authenticated without the "enabled" claim, so the API policy answers 403.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<ComplianceDbContext> dbFactory,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string ClientIdClaim = "liqun:api_client";
    public const string ScopeClaim = "scope";
    public const string EnabledClaim = "liqun:api_enabled";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrWhiteSpace(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values[0]!.Trim();
        var prefix = ApiKeys.Prefix(key);
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.KeyPrefix == prefix, Context.RequestAborted);
        if (client is null || !ApiKeys.Matches(key, client.KeyHash))
        {
            return AuthenticateResult.Fail("Invalid API key.");
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, client.Name), new(ClientIdClaim, client.Id.ToString()) };
        claims.AddRange(client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(ScopeClaim, s)));
        if (client.Enabled)
        {
            claims.Add(new Claim(EnabledClaim, "true"));
            await db.ApiClients.Where(c => c.Id == client.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, clock.GetUtcNow()), Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
