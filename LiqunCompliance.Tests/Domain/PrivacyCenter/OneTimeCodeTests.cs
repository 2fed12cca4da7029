using LiqunCompliance.Domain.PrivacyCenter;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;

namespace LiqunCompliance.Tests.Domain.PrivacyCenter;

/// <summary>The privacy center's one-time codes (issue 18): six digits, ten minutes, five attempts, stored hashed.</summary>
public sealed class OneTimeCodeTests
{
    private static readonly byte[] Key = "a-test-key-of-thirty-two-bytes!!"u8.ToArray();
    private static readonly DateTimeOffset Now = TestClock.Default;

    private static string Hash(Guid id, string code) => OneTimeCode.Hash(Key, id, code);

    private static ContactChallenge Submission(string code = "123456") =>
        ContactChallenge.Issue(ChallengePurpose.Submit, ContactKind.Email, "lookup", code, Hash, Now, payload: "{}");

    [Fact]
    public void Generate_GivesSixDigits_AndNotAlwaysTheSame()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => OneTimeCode.Generate()).ToList();

        codes.ShouldAllBe(c => c.Length == 6 && c.All(char.IsAsciiDigit));
        codes.Distinct().Count().ShouldBeGreaterThan(150);
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("１２３４５６", "123456")]
    [InlineData("004271", "004271")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("12a456", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalise_AcceptsSixDigitsAsTyped(string? typed, string? expected) =>
        OneTimeCode.Normalise(typed).ShouldBe(expected);

    [Fact]
    public void TheStoredHash_IsKeyed_BoundToItsChallenge_AndNeverTheCode()
    {
        var id = Guid.NewGuid();
        var hash = Hash(id, "123456");

        hash.ShouldNotContain("123456");
        hash.Length.ShouldBe(64);
        Hash(id, "123456").ShouldBe(hash);
        Hash(Guid.NewGuid(), "123456").ShouldNotBe(hash);
        OneTimeCode.Hash("another-key-of-thirty-two-bytes!"u8.ToArray(), id, "123456").ShouldNotBe(hash);
        Submission().CodeHash.ShouldNotBe(Submission().CodeHash); // same code, two challenges
    }

    [Fact]
    public void TheRightCode_Verifies_Once_AndAgainAnswersAsTheFirstTime()
    {
        var challenge = Submission();

        challenge.Verify(Hash(challenge.Id, "123456"), Now.AddMinutes(9)).ShouldBe(ChallengeOutcome.Verified);
        challenge.VerifiedAt.ShouldBe(Now.AddMinutes(9));
        challenge.Verify(Hash(challenge.Id, "123456"), Now.AddMinutes(9)).ShouldBe(ChallengeOutcome.AlreadyVerified);
    }

    [Fact]
    public void AVerifiedCode_IsNoOpenDoor_AnotherCodeIsWrongAndCounts_AndItEndsWithItsTenMinutes()
    {
        var challenge = Submission();
        challenge.Verify(Hash(challenge.Id, "123456"), Now).ShouldBe(ChallengeOutcome.Verified);

        challenge.Verify(Hash(challenge.Id, "654321"), Now.AddMinutes(1)).ShouldBe(ChallengeOutcome.WrongCode);
        challenge.Attempts.ShouldBe(2);
        challenge.Verify(Hash(challenge.Id, "123456"), Now.AddMinutes(2)).ShouldBe(ChallengeOutcome.AlreadyVerified);
        challenge.Attempts.ShouldBe(2);
        challenge.Verify(Hash(challenge.Id, "123456"), Now.AddMinutes(10)).ShouldBe(ChallengeOutcome.Expired);
    }

    [Fact]
    public void FiveWrongAttempts_EndTheCode_EvenForTheRightOneAfterwards()
    {
        var challenge = Submission();
        for (var i = 1; i < OneTimeCode.MaxAttempts; i++)
        {
            challenge.Verify(Hash(challenge.Id, "000000"), Now).ShouldBe(ChallengeOutcome.WrongCode);
            challenge.AttemptsLeft.ShouldBe(OneTimeCode.MaxAttempts - i);
        }

        challenge.Verify(Hash(challenge.Id, "000000"), Now).ShouldBe(ChallengeOutcome.TooManyAttempts);
        challenge.Verify(Hash(challenge.Id, "123456"), Now).ShouldBe(ChallengeOutcome.TooManyAttempts);
        challenge.IsVerified.ShouldBeFalse();
        challenge.Attempts.ShouldBe(OneTimeCode.MaxAttempts);
    }

    [Fact]
    public void AfterTenMinutes_NoCodeIsAccepted_AndNoAttemptIsCounted()
    {
        var challenge = Submission();

        challenge.ExpiresAt.ShouldBe(Now.AddMinutes(10));
        challenge.Verify(Hash(challenge.Id, "123456"), Now.AddMinutes(10)).ShouldBe(ChallengeOutcome.Expired);
        challenge.Attempts.ShouldBe(0);
        challenge.IsVerified.ShouldBeFalse();
    }

    [Fact]
    public void ATrackingCodeForAMismatch_NeverVerifies_AndReadsAsAWrongCode()
    {
        var mismatch = ContactChallenge.Issue(ChallengePurpose.Track, ContactKind.Phone, "lookup", "123456", Hash, Now, requestId: null);
        var match = ContactChallenge.Issue(ChallengePurpose.Track, ContactKind.Phone, "lookup", "123456", Hash, Now, requestId: Guid.NewGuid());

        mismatch.Verify(Hash(mismatch.Id, "123456"), Now).ShouldBe(ChallengeOutcome.WrongCode);
        mismatch.AttemptsLeft.ShouldBe(OneTimeCode.MaxAttempts - 1);
        match.Verify(Hash(match.Id, "123456"), Now).ShouldBe(ChallengeOutcome.Verified);
    }

    [Fact]
    public void AVerifiedSubmission_BecomesOneRequest_AndDropsItsPendingCopy()
    {
        var challenge = Submission();
        Should.Throw<InvalidOperationException>(() => challenge.BecameRequest(Guid.NewGuid()));
        challenge.Verify(Hash(challenge.Id, "123456"), Now);
        var request = Guid.NewGuid();

        challenge.BecameRequest(request);

        challenge.RequestId.ShouldBe(request);
        challenge.Payload.ShouldBeNull();
    }

    [Fact]
    public void TheTopics_CiteAPolicySectionOrALawArticle_AndOnlyTheNextOfKinStatesARelationship()
    {
        RequestTopics.All.ShouldAllBe(t => t.PolicySections.Count + t.PiplArticles.Count > 0);
        RequestTopics.All.Select(t => t.Type).ShouldBeUnique();
        RequestTopics.Offers(RequestType.Access).ShouldBeTrue();
        RequestTopics.All.Where(t => RequestTopics.NeedsRelationship(t.Type)).Select(t => t.Type).ShouldBe([RequestType.DeceasedUserRequest]);

        // The policy is silent on explanation, transfer and a deceased user's next of kin: only the law is cited for them.
        RequestTopics.All.Where(t => t.PolicySections.Count == 0).Select(t => t.Type)
            .ShouldBe([RequestType.Explanation, RequestType.Transfer, RequestType.DeceasedUserRequest], ignoreOrder: true);
    }
}
