using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LiqunCompliance.Benchmarks;

/// <summary>
/// The benchmark's database: a SQLite file (default) or a PostgreSQL database (<c>--provider PostgreSql</c>). Hand-written
/// SQL here quotes every name and uses <c>@name</c> parameters, which both understand; only a few values differ in type.
/// </summary>
internal sealed record BenchDatabase(bool IsPostgreSql, string ConnectionString, string Description)
{
    public static BenchDatabase Create(string? provider, string? postgresServer, int count)
    {
        if (string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            var server = new NpgsqlConnectionStringBuilder(postgresServer ?? "Host=localhost;Username=postgres;Password=postgres");
            var name = $"liqun_bench_{count}";
            return new BenchDatabase(true, new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, CommandTimeout = 600, MaxAutoPrepare = 20 }.ConnectionString, $"PostgreSQL database {name}");
        }

        var file = Path.Combine(Path.GetTempPath(), $"liqun-bench-{count}.db");
        return new BenchDatabase(false, $"Data Source={file}", file);
    }

    public string ProviderName => IsPostgreSql ? "PostgreSql" : "Sqlite";

    public bool Exists()
    {
        if (!IsPostgreSql)
        {
            return File.Exists(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_database WHERE datname = @name";
        command.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        return (long)command.ExecuteScalar()! > 0;
    }

    public void Delete()
    {
        if (!IsPostgreSql)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var suffix in new[] { "", "-wal", "-shm", ".startup-lock" })
            {
                File.Delete(file + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    public DbConnection Open()
    {
        DbConnection connection = IsPostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        if (!IsPostgreSql)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            pragma.ExecuteNonQuery();
        }

        return connection;
    }

    /// <summary>A Guid as the provider stores it (SQLite: upper-case text; PostgreSQL: uuid).</summary>
    public object Guid(Guid id) => IsPostgreSql ? id : id.ToString().ToUpperInvariant();

    /// <summary>A date as the provider stores it (SQLite: 'yyyy-MM-dd' text; PostgreSQL: date).</summary>
    public object Date(DateOnly day) => IsPostgreSql ? day : day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
