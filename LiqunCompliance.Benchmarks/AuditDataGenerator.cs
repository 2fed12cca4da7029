using System.Globalization;
using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Benchmarks;

/// <summary>
/// Appends N audit records to the chain the portal started (each hashed with the domain's <see cref="AuditChain"/>, as the
/// portal's interceptor does), shaped like its updates of a request: a user, an entity key and a small change set.
/// The append-only triggers refuse updates and deletes, not inserts, so they stay in place.
/// </summary>
internal static class AuditDataGenerator
{
    public static void Fill(BenchDatabase database, int count, DateTimeOffset now)
    {
        using var connection = database.Open();
        var (sequence, previous) = Head(connection);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "AuditRecords" ("Id", "Sequence", "OccurredAt", "UserId", "UserName", "Action", "EntityType", "EntityKey", "Changes", "PreviousHash", "Hash")
            VALUES (@id, @seq, @at, @user, @name, 'Updated', 'PrivacyRequest', @key, @changes, @previous, @hash)
            """;
        var p = new[] { "id", "seq", "at", "user", "name", "key", "changes", "previous", "hash" }
            .ToDictionary(n => "$" + n, n => BenchDatabase.Add(insert, "@" + n));
        var start = now.AddDays(-730);
        for (var i = 0; i < count; i++)
        {
            sequence++;
            var at = start.AddSeconds(i * (730.0 * 86400 / count));
            var user = $"officer-{i % 5}";
            var key = Guid.NewGuid().ToString();
            var changes = $$"""[{"Field":"Status","Before":"InProgress","After":"Completed"},{"Field":"Version","Before":"{{i}}","After":"{{i + 1}}"}]""";
            var hash = AuditChain.ComputeHash(new AuditEntryContent(sequence, at, user, "专员", AuditAction.Updated, "PrivacyRequest", key, changes), previous);
            p["$id"].Value = database.Guid(Guid.NewGuid());
            p["$seq"].Value = sequence;
            p["$at"].Value = at.UtcTicks;
            p["$user"].Value = user;
            p["$name"].Value = "专员";
            p["$key"].Value = key;
            p["$changes"].Value = changes;
            p["$previous"].Value = previous;
            p["$hash"].Value = hash;
            insert.ExecuteNonQuery();
            previous = hash;
        }

        transaction.Commit();
    }

    private static (long Sequence, string Hash) Head(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Sequence\", \"Hash\" FROM \"AuditRecords\" ORDER BY \"Sequence\" DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetInt64(0), reader.GetString(1))
            : (0, AuditChain.GenesisHash);
    }
}
