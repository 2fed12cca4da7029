using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>
/// Which database the web tests run on: SQLite files by default; PostgreSQL when <c>LIQUN_TEST_DATABASE=PostgreSql</c>
/// (a fresh database per factory on the server in <c>LIQUN_TEST_POSTGRES</c>, default localhost as postgres/postgres).
/// Without a reachable server those tests skip with the reason, unless <c>REQUIRE_POSTGRES</c> is set: then they fail.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable("LIQUN_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer { get; } =
        Environment.GetEnvironmentVariable("LIQUN_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : "Host=localhost;Port=5432;Username=postgres;Password=postgres;Timeout=5";

    private static readonly Lazy<string?> Unreachable = new(() =>
    {
        try
        {
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            return null;
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return failure.Message;
        }
    });

    public static bool PostgresReachable => Unreachable.Value is null;

    /// <summary>Skips (or, with REQUIRE_POSTGRES, fails) the calling test when no PostgreSQL server answers.</summary>
    public static void RequirePostgres()
    {
        if (Unreachable.Value is not { } reason)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("REQUIRE_POSTGRES") is { Length: > 0 })
        {
            throw new InvalidOperationException($"REQUIRE_POSTGRES is set but no PostgreSQL server answers at {Mask(PostgresServer)}: {reason}");
        }

        Assert.Skip($"No PostgreSQL server at {Mask(PostgresServer)} ({reason}); install and start one (apt-get install postgresql) or set LIQUN_TEST_POSTGRES.");
    }

    public static string PostgresDatabase(string name) => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ToString();

    public static void DropPostgresDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    public static DbConnection Open(string connectionString)
    {
        DbConnection connection = IsPostgreSql ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Switches off the guard triggers on a table, as an attacker with database access would, and returns how to switch them
    /// back on (SQLite: drop and re-create the named trigger; PostgreSQL: disable and enable the table's triggers).
    /// </summary>
    public static async Task<Func<Task>> SuspendTriggersAsync(DbConnection connection, string table, params string[] sqliteTriggers)
    {
        if (IsPostgreSql)
        {
            await ExecuteAsync(connection, $"ALTER TABLE \"{table}\" DISABLE TRIGGER USER");
            return () => ExecuteAsync(connection, $"ALTER TABLE \"{table}\" ENABLE TRIGGER USER");
        }

        var definitions = new List<string>();
        foreach (var trigger in sqliteTriggers)
        {
            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '{trigger}'";
            definitions.Add((string)(await read.ExecuteScalarAsync())!);
            await ExecuteAsync(connection, $"DROP TRIGGER {trigger}");
        }

        return async () =>
        {
            foreach (var definition in definitions)
            {
                await ExecuteAsync(connection, definition);
            }
        };
    }

    public static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A Guid as a parameter value: SQLite stores it as upper-case text, PostgreSQL as uuid.</summary>
    public static object GuidValue(Guid id) => IsPostgreSql ? id : id.ToString().ToUpperInvariant();

    private static string Mask(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ToString();
}
