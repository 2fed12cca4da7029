using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiqunCompliance.Domain.PrivacyCenter;

/// <summary>
/// The one-time code that proves a user controls a phone number or an e-mail address (issue 18): six digits, valid
/// ten minutes, five attempts, stored only as a keyed hash (HMAC-SHA256) bound to its challenge.
/// </summary>
public static class OneTimeCode
{
    public const int Digits = 6;

    public const int MaxAttempts = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>A fresh code from the cryptographic generator, leading zeros kept ("004271").</summary>
    public static string Generate() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The code as the user may type it (spaces and full-width digits allowed), or null when it is not six digits.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 20)
        {
            return null;
        }

        var digits = new StringBuilder(Digits);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var d = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            if (!char.IsAsciiDigit(d))
            {
                return null;
            }

            digits.Append(d);
        }

        return digits.Length == Digits ? digits.ToString() : null;
    }

    /// <summary>The stored form: HMAC-SHA256 of the challenge id and the code, so a hash is useless for any other challenge.</summary>
    public static string Hash(ReadOnlySpan<byte> key, Guid challengeId, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var message = Encoding.UTF8.GetBytes($"otc:{challengeId:N}:{code}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool SameHash(string? stored, string? offered) =>
        stored is not null && offered is not null && stored.Length == offered.Length
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(offered));
}
