using System.Security.Cryptography;
using System.Text;

namespace LiqunCompliance.Domain.Policies;

/// <summary>The fingerprint of published text: SHA-256 of its UTF-8 bytes, lower-case hex.</summary>
public static class PolicyText
{
    public const int MaxLength = 200_000;

    public const int MaxLabelLength = 40;

    public static string Hash(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
    }

    /// <summary>Whether the stored text still matches the hash taken when it was published.</summary>
    public static bool Matches(string markdown, string? hash) =>
        hash is { Length: 64 } && string.Equals(Hash(markdown), hash, StringComparison.Ordinal);

    /// <summary>Labels appear in public addresses (/privacy-policy/versions/{label}): letters, digits, dots and hyphens.</summary>
    public static bool IsValidLabel(string? label) =>
        label is { Length: > 0 and <= MaxLabelLength } && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
