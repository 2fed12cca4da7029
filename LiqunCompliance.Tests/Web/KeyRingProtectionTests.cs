using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>
/// With <c>DataProtection:CertificatePath</c> set, the key ring in the database is encrypted with the certificate:
/// the instances that hold it read the contact data; the database alone does not.
/// </summary>
public sealed class KeyRingProtectionTests : IDisposable
{
    private const string Password = "pfx-password-for-tests";

    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"liqun-keyring-{Guid.NewGuid():N}.pfx");

    public KeyRingProtectionTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=LiqunCompliance key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificatePath, certificate.Export(X509ContentType.Pfx, Password));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KeysAreEncrypted_InstancesWithTheCertificateRead_TheDatabaseAloneDoesNot()
    {
        await using var first = new CertificateFactory(_certificatePath, Password);
        await using var second = new CertificateFactory(_certificatePath, Password) { ShareDatabaseWith = first };
        await using var withoutCertificate = new ComplianceWebFactory { ShareDatabaseWith = first };

        string secret;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            var keys = await db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToListAsync(Ct);
            keys.ShouldNotBeEmpty();
            keys.ShouldAllBe(xml => xml!.Contains("<encryptedSecret", StringComparison.Ordinal) && !xml.Contains("unencrypted form", StringComparison.Ordinal));
            secret = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("13812345678");
        }

        // The other instance with the certificate reads what the first wrote, including the seeded requesters' contact data.
        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret).ShouldBe("13812345678");
        await using (var officer = second.ScopeAs("officer-keyring", "officer@demo.liqun", Roles.PrivacyOfficer))
        {
            var queue = await officer.ServiceProvider.GetRequiredService<RequestQueryService>().QueueAsync(new RequestQueueQuery(View: QueueView.All, PageSize: 5), Ct);
            queue.Rows.ShouldNotBeEmpty();
            queue.Rows.ShouldAllBe(r => r.MaskedName.Length > 0);
        }

        // Without it, the same database's key ring cannot be opened.
        Should.Throw<CryptographicException>(() => withoutCertificate.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
    }

    [Fact]
    public void MissingCertificateFile_RefusesToStart_NamingTheSetting()
    {
        using var factory = new CertificateFactory(_certificatePath + ".missing", Password);

        Should.Throw<InvalidOperationException>(() => factory.Services).Message.ShouldContain("DataProtection:CertificatePath");
    }

    public void Dispose() => File.Delete(_certificatePath);

    private sealed class CertificateFactory(string path, string password) : ComplianceWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", path);
            builder.UseSetting("DataProtection:CertificatePassword", password);
        }
    }
}
