using System.Security.Cryptography;
using System.Text;

namespace LiqunCompliance.Web.Features.Requests.Api;

/// <summary>API keys: "lqk_" and 40 random base-62 characters (about 238 bits); only a SHA-256 of the key is stored.</summary>
public static class ApiKeys
{
    public const int PrefixLength = 12;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Generate() => "lqk_" + RandomNumberGenerator.GetString(Alphabet, 40);

    public static string Prefix(string key) => key.Length >= PrefixLength ? key[..PrefixLength] : key;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Constant-time comparison of a presented key with a stored hash.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
