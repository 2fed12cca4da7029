using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiqunCompliance.Domain.Audit;

/// <summary>
/// The tamper-evident chain: each record's hash is SHA-256 over its content and the previous record's hash,
/// so changing or removing a record breaks every link after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public static string GenesisHash { get; } = new('0', 64);

    public static string ComputeHash(AuditEntryContent content, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(previousHash);

        var canonical = new StringBuilder();
        Append(canonical, content.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(canonical, content.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(canonical, content.UserId);
        Append(canonical, content.UserName);
        Append(canonical, content.Action.ToString());
        Append(canonical, content.EntityType);
        Append(canonical, content.EntityKey);
        Append(canonical, content.Changes);
        Append(canonical, previousHash);

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    public static SealedAuditEntry Seal(AuditEntryContent content, string previousHash) =>
        new(content, previousHash, ComputeHash(content, previousHash));

    /// <summary>
    /// The record's seal: HMAC-SHA256 of its hash under a key that is not in the database. Whoever can rewrite the
    /// database can recompute hashes, but not seals: a rewritten record's seal no longer matches.
    /// </summary>
    public static string SealOf(string hash, ReadOnlySpan<byte> key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("record|" + hash)));

    /// <summary>The seal of a published head: its position, hash and time, under the same key.</summary>
    public static string HeadSealOf(long sequence, string hash, DateTimeOffset publishedAt, ReadOnlySpan<byte> key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(
            $"head|{sequence.ToString(CultureInfo.InvariantCulture)}|{hash}|{publishedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}")));

    // Length-prefixed fields: no choice of separator can make two different records hash the same text.
    private static void Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }
}
