namespace LiqunCompliance.Web.Infrastructure;

/// <summary><c>Database:Provider</c>: <c>Sqlite</c> (the default, one server) or <c>PostgreSql</c> (several servers).</summary>
public static class DatabaseProviders
{
    public const string Sqlite = nameof(Sqlite);

    public const string PostgreSql = nameof(PostgreSql);

    public static string Parse(string? configured) => configured switch
    {
        null or "" => Sqlite,
        _ when string.Equals(configured, Sqlite, StringComparison.OrdinalIgnoreCase) => Sqlite,
        _ when string.Equals(configured, PostgreSql, StringComparison.OrdinalIgnoreCase) || string.Equals(configured, "Postgres", StringComparison.OrdinalIgnoreCase) => PostgreSql,
        _ => throw new InvalidOperationException($"Database:Provider '{configured}' is not known: use {Sqlite} or {PostgreSql}."),
    };
}
