using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// Encrypts the Data Protection key ring (table <c>DataProtectionKeys</c>) with a certificate when one is configured, so
/// that the database alone (a copied file, a backup, a dump) cannot decrypt the requesters' contact data it holds.
/// Every instance is given the same certificate; keys created before it was configured stay readable but unencrypted.
/// </summary>
internal static class KeyRingProtection
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return builder;
        }

        var path = Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{CertificatePathKey} names {path}, which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {path} has no private key: the key ring could be encrypted but never read back.");
        }

        // Decryption looks the certificate up in the machine's store unless it is given here (Linux servers have none).
        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
