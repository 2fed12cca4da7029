using System.Net.Mail;
using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Requests;

/// <summary>The person who asks. At least one way to reach them (phone, e-mail or account id) is required.</summary>
public sealed record Requester
{
    public const int MaxLength = 100;

    private Requester()
    {
    }

    [PersonalInformation]
    public string? Name { get; private init; }

    [PersonalInformation]
    public string? Phone { get; private init; }

    [PersonalInformation]
    public string? Email { get; private init; }

    [PersonalInformation]
    public string? AccountId { get; private init; }

    /// <exception cref="RequestRuleException">A control character, no contact, a malformed phone or e-mail, or a value too long.</exception>
    public static Requester Create(string? name, string? phone, string? email, string? accountId)
    {
        var requester = new Requester
        {
            Name = Clean(name),
            Phone = Clean(phone),
            Email = Clean(email),
            AccountId = Clean(accountId),
        };

        if (new[] { requester.Name, requester.Phone, requester.Email, requester.AccountId }.Any(v => !PlainText.IsClean(v)))
        {
            throw new RequestRuleException(RequestRule.RequesterNotPlainText);
        }

        if (requester.Phone is null && requester.Email is null && requester.AccountId is null)
        {
            throw new RequestRuleException(RequestRule.NoContact);
        }

        if (new[] { requester.Name, requester.Phone, requester.Email, requester.AccountId }.Any(v => v?.Length > MaxLength))
        {
            throw new RequestRuleException(RequestRule.NameTooLong);
        }

        if (requester.Phone is { } p && !IsPhone(p))
        {
            throw new RequestRuleException(RequestRule.InvalidPhone);
        }

        if (requester.Email is { } e && !(MailAddress.TryCreate(e, out var address) && address.Address == e))
        {
            throw new RequestRuleException(RequestRule.InvalidEmail);
        }

        return requester;
    }

    /// <summary>Digits with an optional leading + and separators, 7 to 15 digits (E.164 maximum).</summary>
    public static bool IsPhone(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var body = value.StartsWith('+') ? value[1..] : value;
        var digits = body.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 15 && body.All(c => char.IsAsciiDigit(c) || c is '-' or ' ');
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
