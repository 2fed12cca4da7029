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
}

/// <summary>The outcome of walking the chain.</summary>
/// <param name="FirstBadSequence">The first record found altered, unlinked or after a gap; null when intact.</param>
/// <param name="HeadSequence">The last record checked: note it with <paramref name="HeadHash"/> to detect later truncation.</param>
public sealed record AuditChainVerification(
    bool IsIntact,
    long RecordsChecked,
    long? FirstBadSequence,
    AuditChainProblem Problem,
    long HeadSequence,
    string HeadHash);

/// <summary>
/// Walks the chain one record at a time in sequence order, so that a caller can stream
/// half a million records from the database without holding them.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _expectedSequence = 1;
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

        _checked++;
        _expectedSequence++;
        _previousHash = entry.Hash;
        return true;
    }

    public AuditChainVerification Result() =>
        new(!HasFailed, _checked, _firstBad, _problem, _expectedSequence - 1, _previousHash);

    public static AuditChainVerification Verify(IEnumerable<SealedAuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new AuditChainVerifier();
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result();
    }

    private bool Fail(long sequence, AuditChainProblem problem)
    {
        _firstBad = sequence;
        _problem = problem;
        return false;
    }
}
