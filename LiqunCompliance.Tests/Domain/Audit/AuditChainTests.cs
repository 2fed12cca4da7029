using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Tests.Domain.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ComputeHash_SameContent_SameHash()
    {
        var content = Content(1);

        AuditChain.ComputeHash(content, AuditChain.GenesisHash).ShouldBe(AuditChain.ComputeHash(content with { }, AuditChain.GenesisHash));
    }

    [Fact]
    public void ComputeHash_IsLowerCaseSha256Hex()
    {
        AuditChain.ComputeHash(Content(1), AuditChain.GenesisHash).ShouldMatch("^[0-9a-f]{64}$");
    }

    [Theory]
    [MemberData(nameof(SingleFieldChanges))]
    public void ComputeHash_AnyFieldChanged_DifferentHash(AuditEntryContent changed)
    {
        AuditChain.ComputeHash(changed, AuditChain.GenesisHash).ShouldNotBe(AuditChain.ComputeHash(Content(1), AuditChain.GenesisHash));
    }

    public static TheoryData<AuditEntryContent> SingleFieldChanges() =>
    [
        Content(1) with { Sequence = 2 },
        Content(1) with { OccurredAt = Start.AddTicks(1) },
        Content(1) with { UserId = "other" },
        Content(1) with { UserName = "other@demo.liqun" },
        Content(1) with { Action = AuditAction.Deleted },
        Content(1) with { EntityType = "Other" },
        Content(1) with { EntityKey = "k2" },
        Content(1) with { Changes = "[]" },
        Content(1) with { UserId = null },
    ];

    [Fact]
    public void ComputeHash_FieldBoundariesShifted_DifferentHash()
    {
        var a = Content(1) with { EntityType = "AB", EntityKey = "C" };
        var b = Content(1) with { EntityType = "A", EntityKey = "BC" };

        AuditChain.ComputeHash(a, AuditChain.GenesisHash).ShouldNotBe(AuditChain.ComputeHash(b, AuditChain.GenesisHash));
    }

    [Fact]
    public void ComputeHash_DifferentPreviousHash_DifferentHash()
    {
        AuditChain.ComputeHash(Content(1), AuditChain.GenesisHash).ShouldNotBe(AuditChain.ComputeHash(Content(1), new string('1', 64)));
    }

    [Fact]
    public void Verify_EmptyChain_IsIntactWithGenesisHead()
    {
        var result = AuditChainVerifier.Verify([]);

        result.IsIntact.ShouldBeTrue();
        result.RecordsChecked.ShouldBe(0);
        result.HeadHash.ShouldBe(AuditChain.GenesisHash);
    }

    [Fact]
    public void Verify_WellFormedChain_IsIntact()
    {
        var chain = Chain(10);

        var result = AuditChainVerifier.Verify(chain);

        result.ShouldBe(new AuditChainVerification(true, 10, null, AuditChainProblem.None, 10, chain[^1].Hash));
    }

    [Fact]
    public void Verify_ContentAltered_NamesThatRecord()
    {
        var chain = Chain(10);
        chain[4] = chain[4] with { Content = chain[4].Content with { UserName = "mallory" } };

        var result = AuditChainVerifier.Verify(chain);

        result.IsIntact.ShouldBeFalse();
        result.FirstBadSequence.ShouldBe(5);
        result.Problem.ShouldBe(AuditChainProblem.ContentAltered);
        result.RecordsChecked.ShouldBe(4);
    }

    [Fact]
    public void Verify_RecordRemoved_NamesTheMissingSequence()
    {
        var chain = Chain(10);
        chain.RemoveAt(6);

        var result = AuditChainVerifier.Verify(chain);

        result.FirstBadSequence.ShouldBe(7);
        result.Problem.ShouldBe(AuditChainProblem.RecordMissing);
    }

    [Fact]
    public void Verify_FirstRecordRemoved_NamesSequenceOne()
    {
        var chain = Chain(3);
        chain.RemoveAt(0);

        AuditChainVerifier.Verify(chain).FirstBadSequence.ShouldBe(1);
    }

    [Fact]
    public void Verify_RecordRehashedButNotRelinked_DetectsBrokenLink()
    {
        // An attacker who edits a record and recomputes its own hash still breaks the next link.
        var chain = Chain(5);
        var forged = chain[2].Content with { UserName = "mallory" };
        chain[2] = AuditChain.Seal(forged, chain[2].PreviousHash);

        var result = AuditChainVerifier.Verify(chain);

        result.FirstBadSequence.ShouldBe(4);
        result.Problem.ShouldBe(AuditChainProblem.LinkBroken);
    }

    [Fact]
    public void Verify_DuplicateSequence_ReportedAsMissingAtTheRepeat()
    {
        var chain = Chain(4);
        chain.Insert(2, chain[1]);

        var result = AuditChainVerifier.Verify(chain);

        result.IsIntact.ShouldBeFalse();
        result.FirstBadSequence.ShouldBe(2);
    }

    [Fact]
    public void Accept_AfterFailure_ReturnsFalse()
    {
        var chain = Chain(3);
        var verifier = new AuditChainVerifier();
        verifier.Accept(chain[1]).ShouldBeFalse();

        verifier.Accept(chain[0]).ShouldBeFalse();
        verifier.HasFailed.ShouldBeTrue();
    }

    private static AuditEntryContent Content(long sequence) =>
        new(sequence, Start.AddMinutes(sequence), "u1", "officer@demo.liqun", AuditAction.Updated, "Request", $"k{sequence}", "[{\"field\":\"Status\"}]");

    private static List<SealedAuditEntry> Chain(int length)
    {
        var chain = new List<SealedAuditEntry>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var entry = AuditChain.Seal(Content(i), previous);
            chain.Add(entry);
            previous = entry.Hash;
        }

        return chain;
    }
}
