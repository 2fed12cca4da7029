using System.Security.Cryptography;
using System.Text;
using LiqunCompliance.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// A keyed hash (HMAC-SHA256) of an account id, so repeat requests can be found while the account id itself
/// stays encrypted. The key is generated once and stored protected by Data Protection (shared by every instance).
/// </summary>
public sealed class AccountLookupHasher(IServiceScopeFactory scopes, IDataProtectionProvider protection)
{
    private const string SecretName = "AccountLookupKey";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<string?> HashAsync(string? accountId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(accountId))
        {
            return null;
        }

        var key = await KeyAsync(cancellationToken);
        var normalised = Encoding.UTF8.GetBytes(accountId.Trim().ToUpperInvariant());
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, normalised));
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
