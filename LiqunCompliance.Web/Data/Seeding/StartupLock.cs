using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// Lets one instance at a time migrate and seed the database, so that two web servers started together on an empty
/// database do not both create the demo accounts. PostgreSQL: a session advisory lock on a connection of its own (not
/// pooled, so closing it always releases the lock). SQLite: an exclusive lock file beside the database, which covers every
/// process on the one machine a SQLite file can serve.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 5143181;

    private readonly NpgsqlConnection? _connection;
    private readonly FileStream? _file;

    private StartupLock(NpgsqlConnection? connection, FileStream? file) => (_connection, _file) = (connection, file);

    public static async Task<StartupLock> AcquireAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var connectionString = database.GetConnectionString() ?? string.Empty;
        if (database.IsNpgsql())
        {
            await CreateDatabaseIfMissingAsync(database, cancellationToken);
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);

            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection, null);
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return new StartupLock(null, null);
        }

        while (true)
        {
            try
            {
                return new StartupLock(null, new FileStream(file + ".startup-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(100, cancellationToken); // another process is migrating or seeding
            }
        }
    }

    /// <summary>An empty database to lock in; when two instances race to create it, the loser finds it made.</summary>
    private static async Task CreateDatabaseIfMissingAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var creator = database.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exists) when (exists.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // created by the other instance a moment ago
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync(); // not pooled: closing the session releases the advisory lock
        }

        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
    }
}
