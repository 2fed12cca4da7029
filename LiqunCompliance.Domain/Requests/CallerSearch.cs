using System.Text.RegularExpressions;

namespace LiqunCompliance.Domain.Requests;

/// <summary>Which of a requester's details a keyed lookup was made from.</summary>
public enum CallerKeyKind
{
    Account,
    Phone,
    Email,
    Name,
}

/// <summary>One normalised value to look up (never stored or logged in this form: the portal hashes it with its key).</summary>
public sealed record CallerKey(CallerKeyKind Kind, string Normalised);

/// <summary>What a search box entry means: a request reference, or the caller's details to look up exactly.</summary>
public sealed record CallerSearchTerm(string? Reference, IReadOnlyList<CallerKey> Keys)
{
    public bool IsReference => Reference is not null;

    /// <summary>The kind shown in the audit trail and on the page: phone, e-mail, or name/account.</summary>
    public CallerKeyKind? ContactKind => Keys.Count == 0 ? null : Keys[0].Kind;
}

/// <summary>
/// The one place that says how contact data is normalised before it is hashed for lookup, and how a search box entry is
/// read. Exact match only (a keyed hash cannot match a part): a phone number by its digits (a leading +86 / 0086 / 86
/// before a mainland mobile number dropped, separators ignored), an e-mail case-insensitively, a name without spaces and
/// case, an account id trimmed and case-insensitive. An entry that could be an account id is also looked up as one.
/// </summary>
public static partial class CallerSearch
{
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        foreach (var prefix in new[] { "0086", "86" })
        {
            if (digits.Length == prefix.Length + 11 && digits.StartsWith(prefix, StringComparison.Ordinal) && digits[prefix.Length] == '1')
            {
                return digits[prefix.Length..];
            }
        }

        return digits.Length == 0 ? null : digits;
    }

    public static string? Email(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return new string(name.Where(c => !char.IsWhiteSpace(c) && c != '·' && c != '•').ToArray()).ToUpperInvariant();
    }

    public static string? Account(string? accountId) => string.IsNullOrWhiteSpace(accountId) ? null : accountId.Trim().ToUpperInvariant();

    /// <summary>The normalised value of one kind, for hashing.</summary>
    public static string? Normalise(CallerKeyKind kind, string? value) => kind switch
    {
        CallerKeyKind.Phone => Phone(value),
        CallerKeyKind.Email => Email(value),
        CallerKeyKind.Name => Name(value),
        _ => Account(value),
    };

    /// <summary>Reads a search box entry; null when it is empty or too long to be anything a requester gave.</summary>
    public static CallerSearchTerm? Parse(string? entry)
    {
        if (string.IsNullOrWhiteSpace(entry))
        {
            return null;
        }

        var term = entry.Trim();
        if (term.Length > Requester.MaxLength)
        {
            return null;
        }

        if (ReferencePattern().IsMatch(term))
        {
            return new CallerSearchTerm(term.ToUpperInvariant(), []);
        }

        var account = new CallerKey(CallerKeyKind.Account, Account(term)!);
        if (term.Contains('@', StringComparison.Ordinal))
        {
            return new CallerSearchTerm(null, [new CallerKey(CallerKeyKind.Email, Email(term)!), account]);
        }

        if (Requester.IsPhone(term))
        {
            return new CallerSearchTerm(null, [new CallerKey(CallerKeyKind.Phone, Phone(term)!), account]);
        }

        return Name(term) is { Length: > 0 } name
            ? new CallerSearchTerm(null, [new CallerKey(CallerKeyKind.Name, name), account])
            : null;
    }

    /// <summary>A reference or the start of one: LQ-2026-000042, lq-2026, 2026-000042 (a landline such as 0532-88888888 is not one).</summary>
    [GeneratedRegex(@"^(LQ-?\d{0,4}(-\d*)?|20\d{2}-\d{1,7})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}

/// <summary>The keyed hashes of a requester's details, computed at intake (or by the back-fill for older requests).</summary>
public sealed record RequesterLookups(string? Account, string? Phone, string? Email, string? Name)
{
    /// <summary>The version of <see cref="CallerSearch"/>'s normalisation these were made with; 0 means not yet made.</summary>
    public const int CurrentVersion = 1;
}
