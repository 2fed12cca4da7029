namespace LiqunCompliance.Web.Data;

/// <summary>A system allowed to call the intake API (the app, H5, the customer-service system). Only a hash of its key is kept.</summary>
public sealed class ApiClient
{
    public const string ScopeRequestsWrite = "requests:write";
    public const string ScopeRequestsRead = "requests:read";

    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = string.Empty;

    /// <summary>The key's first characters, to find the row; the rest is only known to the client.</summary>
    public string KeyPrefix { get; set; } = string.Empty;

    /// <summary>SHA-256 of the whole key (keys are 256-bit random, so no slow hash is needed).</summary>
    public string KeyHash { get; set; } = string.Empty;

    /// <summary>Space-separated scopes.</summary>
    public string Scopes { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool HasScope(string scope) => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal);
}

/// <summary>The first answer to a POST with an Idempotency-Key, returned again for a retry.</summary>
public sealed class IdempotencyRecord
{
    public Guid ClientId { get; set; }

    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 of the request body: the same key with a different body is refused.</summary>
    public string BodyHash { get; set; } = string.Empty;

    public int StatusCode { get; set; }

    public string ResponseJson { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
