using System.Security.Cryptography;
using System.Text;
using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of a requester's account id, phone number, e-mail and name, normalised by
/// <see cref="CallerSearch"/>, so repeat requests and a caller's earlier requests can be found while the details themselves
/// stay encrypted. The key is generated once and stored protected by Data Protection (shared by every instance).
/// </summary>
public sealed class RequesterLookupHasher(IServiceScopeFactory scopes, IDataProtectionProvider protection)
{
    private const string SecretName = "AccountLookupKey";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    /// <summary>The account id's lookup (the repeat-request check).</summary>
    public Task<string?> HashAsync(string? accountId, CancellationToken cancellationToken = default) =>
        HashAsync(CallerKeyKind.Account, CallerSearch.Account(accountId), cancellationToken);

    /// <summary>Every lookup of a requester, for intake and the back-fill.</summary>
    public async Task<RequesterLookups> LookupsAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        return new RequesterLookups(
            await HashAsync(CallerKeyKind.Account, CallerSearch.Account(requester.AccountId), cancellationToken),
            await HashAsync(CallerKeyKind.Phone, CallerSearch.Phone(requester.Phone), cancellationToken),
            await HashAsync(CallerKeyKind.Email, CallerSearch.Email(requester.Email), cancellationToken),
            await HashAsync(CallerKeyKind.Name, CallerSearch.Name(requester.Name), cancellationToken));
    }

    /// <summary>
    /// The lookup of one normalised value. The account id is hashed as it always was (requests stored before the other
    /// lookups keep matching); the other kinds carry their kind, so that equal text in two kinds never gives one hash.
    /// </summary>
    public async Task<string?> HashAsync(CallerKeyKind kind, string? normalised, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(normalised))
        {
            return null;
        }

        var key = await KeyAsync(cancellationToken);
        var text = kind == CallerKeyKind.Account ? normalised : $"{kind.ToString().ToLowerInvariant()}:{normalised}";
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// A one-time code's stored hash (<see cref="LiqunCompliance.Domain.PrivacyCenter.OneTimeCode.Hash"/>) under the same
    /// protected key; the code's own prefix keeps it apart from every lookup.
    /// </summary>
    public async Task<Func<Guid, string, string>> CodeHasherAsync(CancellationToken cancellationToken = default)
    {
        var key = await KeyAsync(cancellationToken);
        return (challengeId, code) => LiqunCompliance.Domain.PrivacyCenter.OneTimeCode.Hash(key, challengeId, code);
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is not null)
        {
            return _key;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var protector = protection.CreateProtector("LiqunCompliance.AccountLookup.v1");
            for (var attempt = 0; _key is null && attempt < 3; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
                var stored = await db.AppSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == SecretName, cancellationToken);
                if (stored is not null)
                {
                    _key = Convert.FromBase64String(protector.Unprotect(stored.ProtectedValue));
                    break;
                }

                var fresh = RandomNumberGenerator.GetBytes(32);
                db.AppSecrets.Add(new AppSecret { Name = SecretName, ProtectedValue = protector.Protect(Convert.ToBase64String(fresh)) });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    _key = fresh;
                }
                catch (DbUpdateException)
                {
                    // Another instance created it first: read theirs on the next attempt.
                }
            }

            return _key ?? throw new InvalidOperationException("The account lookup key could not be created.");
        }
        finally
        {
            _gate.Release();
        }
    }
}
