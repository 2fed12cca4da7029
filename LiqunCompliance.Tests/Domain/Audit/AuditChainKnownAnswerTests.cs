using System.Text;
using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Tests.Domain.Audit;

/// <summary>
/// Known answers, computed outside .NET from the documented format (length-prefixed fields, SHA-256; HMAC-SHA256 seals):
/// a change to the serialisation would silently invalidate every stored chain, so it must fail here first.
/// </summary>
public sealed class AuditChainKnownAnswerTests
{
    private static readonly AuditEntryContent Fixed = new(
        42,
        new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8)),
        "user-1",
        "王专员",
        AuditAction.Updated,
        "PrivacyRequest",
        "LQ-2026-000042",
        "[{\"field\":\"Status\",\"old\":\"Received\",\"new\":\"InProgress\"}]");

    private static readonly byte[] Key = Encoding.ASCII.GetBytes("known-answer-seal-key-32-bytes!!");

    private const string Hash = "b3f76339c221aaa7baf06f77d04cace57b737345d83f55d8ff24d09dd7b317dd";

    [Fact]
    public void Hash_OfAFixedRecord_IsKnown() =>
        AuditChain.ComputeHash(Fixed, AuditChain.GenesisHash).ShouldBe(Hash);

    [Fact]
    public void Seal_OfThatHash_IsKnown() =>
        AuditChain.SealOf(Hash, Key).ShouldBe("5c083fe1487617905aa685b4dc3829baa6001109dd2f85bdcaf7020cad25e366");

    [Fact]
    public void HeadSeal_IsKnown() =>
        AuditChain.HeadSealOf(42, Hash, new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.Zero), Key)
            .ShouldBe("a6908cf99c039773d20dd97e848f577d23943482f14a776813492669ba4e002c");
}
