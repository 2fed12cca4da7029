using System.Security.Cryptography;

namespace LiqunCompliance.Domain.Audit;

public enum AuditChainProblem
{
    None,
    /// <summary>The record's content no longer matches its stored hash.</summary>
    ContentAltered,
    /// <summary>The record does not point at the hash of the record before it.</summary>
    LinkBroken,
    /// <summary>A sequence number is missing: a record was removed.</summary>
    RecordMissing,
    /// <summary>The record's seal does not match (or is missing after sealing began): rewritten by someone without the key.</summary>
    SealInvalid,
    /// <summary>The chain ends before the last published head: its tail was cut.</summary>
    Truncated,
    /// <summary>The record at the last published head's position has another hash: the chain was rebuilt since.</summary>
    HeadMismatch,
}

/// <summary>The outcome of walking the chain.</summary>
/// <param name="FirstBadSequence">The first record found altered, unlinked or after a gap; null when intact.</param>
/// <param name="HeadSequence">The last record checked: note it with <paramref name="HeadHash"/> to detect later truncation.</param>
/// <param name="PublishedHead">The last published head the chain was compared with, if any.</param>
public sealed record AuditChainVerification(
    bool IsIntact,
    long RecordsChecked,
    long? FirstBadSequence,
    AuditChainProblem Problem,
    long HeadSequence,
    string HeadHash,
    PublishedAuditHead? PublishedHead = null);

/// <summary>
/// Walks the chain one record at a time in sequence order, so that a caller can stream
/// half a million records from the database without holding them.
/// </summary>
public sealed class AuditChainVerifier(byte[]? sealKey = null, PublishedAuditHead? publishedHead = null)
{
    private long _expectedSequence = 1;
    private bool _sealingBegan;
    private bool _publishedHeadSeen;
    private string _previousHash = AuditChain.GenesisHash;
    private long _checked;
    private long? _firstBad;
    private AuditChainProblem _problem = AuditChainProblem.None;

    public bool HasFailed => _firstBad is not null;

    /// <summary>Checks the next record; returns false once the chain is known to be broken.</summary>
    public bool Accept(SealedAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (HasFailed)
        {
            return false;
        }

        var sequence = entry.Content.Sequence;
        if (sequence != _expectedSequence)
        {
            return Fail(sequence > _expectedSequence ? _expectedSequence : sequence, AuditChainProblem.RecordMissing);
        }

        if (!string.Equals(AuditChain.ComputeHash(entry.Content, entry.PreviousHash), entry.Hash, StringComparison.Ordinal))
        {
            return Fail(sequence, AuditChainProblem.ContentAltered);
        }

        if (!string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            return Fail(sequence, AuditChainProblem.LinkBroken);
        }

        // Records from before sealing began carry no seal; from the first sealed one on, every record must carry a valid one.
        if (sealKey is not null && (entry.Seal is not null || _sealingBegan))
        {
            _sealingBegan = true;
            if (entry.Seal is null || !SealMatches(entry.Seal, entry.Hash, sealKey))
            {
                return Fail(sequence, AuditChainProblem.SealInvalid);
            }
        }

        if (publishedHead is not null && sequence == publishedHead.Sequence)
        {
            _publishedHeadSeen = true;
            if (!string.Equals(entry.Hash, publishedHead.Hash, StringComparison.Ordinal))
            {
                return Fail(sequence, AuditChainProblem.HeadMismatch);
            }
        }

        _checked++;
        _expectedSequence++;
        _previousHash = entry.Hash;
        return true;
    }

    /// <summary>The outcome once every record was offered: a chain that ends before the published head was cut.</summary>
    public AuditChainVerification Result()
    {
        if (!HasFailed && publishedHead is not null && !_publishedHeadSeen)
        {
            Fail(_expectedSequence, AuditChainProblem.Truncated);
        }

        return new(!HasFailed, _checked, _firstBad, _problem, _expectedSequence - 1, _previousHash, publishedHead);
    }

    public static AuditChainVerification Verify(IEnumerable<SealedAuditEntry> entries, byte[]? sealKey = null, PublishedAuditHead? publishedHead = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new AuditChainVerifier(sealKey, publishedHead);
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result();
    }

    /// <summary>The seal check of <see cref="AuditChain.SealOf"/> without allocating: it runs once per record of the chain.</summary>
    private static bool SealMatches(string seal, string hash, byte[] key)
    {
        if (seal.Length != 64 || hash.Length > 128)
        {
            return false;
        }

        Span<byte> input = stackalloc byte[7 + hash.Length];
        "record|"u8.CopyTo(input);
        System.Text.Encoding.ASCII.GetBytes(hash, input[7..]);
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, input, expected);
        Span<byte> stored = stackalloc byte[HMACSHA256.HashSizeInBytes];
        return Convert.FromHexString(seal, stored, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == stored.Length
            && CryptographicOperations.FixedTimeEquals(stored, expected);
    }

    private bool Fail(long sequence, AuditChainProblem problem)
    {
        _firstBad = sequence;
        _problem = problem;
        return false;
    }
}
