using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.PrivacyCenter;

/// <summary>What a code is for: sending a new request, or reading one already sent.</summary>
public enum ChallengePurpose
{
    Submit,
    Track,
}

/// <summary>Where the code went.</summary>
public enum ContactKind
{
    Email,
    Phone,
}

public enum ChallengeOutcome
{
    Verified,
    WrongCode,
    Expired,
    TooManyAttempts,

    /// <summary>The code was already used: the challenge answers as it did the first time.</summary>
    AlreadyVerified,
}

/// <summary>
/// One code sent to one contact for one purpose (issue 18). The privacy center keeps the pending submission here,
/// encrypted, until its code is verified; only then does it become a request. Proving control of a contact is not
/// identity verification of the account: the officer still confirms the match and records that, and the clock starts then.
/// </summary>
public sealed class ContactChallenge
{
    public const int MaxPayloadLength = 12000;

    private ContactChallenge()
    {
    }

    public Guid Id { get; private set; }

    public ChallengePurpose Purpose { get; private set; }

    public ContactKind ContactKind { get; private set; }

    /// <summary>The contact's keyed lookup (never the contact itself): counts codes per contact for the rate limit.</summary>
    public string ContactLookup { get; private set; } = string.Empty;

    /// <summary><see cref="OneTimeCode.Hash"/> of the code sent.</summary>
    public string CodeHash { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>The pending submission (JSON, encrypted at rest); null for tracking.</summary>
    [PersonalInformation]
    public string? Payload { get; private set; }

    /// <summary>
    /// Tracking: the request the reference and contact matched, or null when they did not (the code then never verifies).
    /// Submitting: the request the verified submission became.
    /// </summary>
    public Guid? RequestId { get; private set; }

    public Guid Version { get; private set; }

    public bool IsVerified => VerifiedAt is not null;

    /// <summary>Issues a challenge; <paramref name="hashCode"/> hashes the code with the portal's key and this challenge's id.</summary>
    public static ContactChallenge Issue(ChallengePurpose purpose, ContactKind kind, string contactLookup, string code,
        Func<Guid, string, string> hashCode, DateTimeOffset now, string? payload = null, Guid? requestId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(contactLookup);
        ArgumentNullException.ThrowIfNull(hashCode);
        if (payload?.Length > MaxPayloadLength)
        {
            throw new ArgumentOutOfRangeException(nameof(payload), "The pending submission is too long.");
        }

        var id = Guid.NewGuid();
        return new ContactChallenge
        {
            Id = id,
            Purpose = purpose,
            ContactKind = kind,
            ContactLookup = contactLookup,
            CodeHash = hashCode(id, code),
            IssuedAt = now,
            ExpiresAt = now + OneTimeCode.Lifetime,
            Payload = payload,
            RequestId = requestId,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>
    /// Checks a typed code. Every wrong attempt counts, up to <see cref="OneTimeCode.MaxAttempts"/>; after that, or after
    /// <see cref="OneTimeCode.Lifetime"/>, no code is accepted and a new one must be asked for. A tracking challenge whose
    /// reference and contact did not match never verifies, and answers exactly as a wrong code does.
    /// </summary>
    /// <param name="offeredHash">The typed code hashed as <see cref="CodeHash"/> was, or null when it is not six digits.</param>
    public ChallengeOutcome Verify(string? offeredHash, DateTimeOffset now)
    {
        if (Attempts >= OneTimeCode.MaxAttempts)
        {
            return ChallengeOutcome.TooManyAttempts;
        }

        if (now >= ExpiresAt)
        {
            return ChallengeOutcome.Expired;
        }

        var matches = OneTimeCode.SameHash(CodeHash, offeredHash) && (Purpose == ChallengePurpose.Submit || RequestId is not null);
        if (matches && IsVerified)
        {
            // The same code again within its ten minutes (a double click, a reload): the first answer, nothing counted.
            return ChallengeOutcome.AlreadyVerified;
        }

        Attempts++;
        Version = Guid.NewGuid();
        if (!matches)
        {
            // A verified challenge is no open door: any other code is wrong and counts, as before verification.
            return Attempts >= OneTimeCode.MaxAttempts ? ChallengeOutcome.TooManyAttempts : ChallengeOutcome.WrongCode;
        }

        VerifiedAt = now;
        return ChallengeOutcome.Verified;
    }

    /// <summary>Attempts left before a new code is needed.</summary>
    public int AttemptsLeft => Math.Max(0, OneTimeCode.MaxAttempts - Attempts);

    /// <summary>The verified submission became this request: its pending copy is dropped, not kept twice.</summary>
    public void BecameRequest(Guid requestId)
    {
        if (Purpose != ChallengePurpose.Submit || !IsVerified)
        {
            throw new InvalidOperationException("Only a verified submission becomes a request.");
        }

        RequestId = requestId;
        Payload = null;
        Version = Guid.NewGuid();
    }
}
