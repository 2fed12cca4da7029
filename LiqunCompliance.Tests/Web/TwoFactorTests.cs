using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web;

/// <summary>A user turns on TOTP through the account pages and then signs in with a code, as an authenticator app would.</summary>
public sealed partial class TwoFactorTests(ComplianceWebFactory factory) : IClassFixture<ComplianceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnableAuthenticator_ThenSignIn_RequiresAndAcceptsTheCode()
    {
        using (var client = await factory.SignInAsync("manager@demo.liqun"))
        {
            var page = await client.GetStringAsync("/Account/Manage/EnableAuthenticator", Ct);
            var key = SharedKey().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            key.ShouldNotBeNullOrEmpty();
            var token = await PortalClient.AntiforgeryTokenAsync(client, "/Account/Manage/EnableAuthenticator");
            var enabled = await client.PostAsync("/Account/Manage/EnableAuthenticator", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "send-code",
                ["__RequestVerificationToken"] = token,
                ["Input.Code"] = Totp(key),
            }), Ct);
            (await enabled.Content.ReadAsStringAsync(Ct)).ShouldContain("恢复码");

            using var second = factory.CreateBrowserLikeClient();
            var login = await second.PostLoginAsync("manager@demo.liqun", ComplianceWebFactory.DemoPassword, Ct);
            login.Headers.Location!.OriginalString.ShouldContain("LoginWith2fa");

            var twoFactorPage = login.Headers.Location.OriginalString;
            var token2 = await PortalClient.AntiforgeryTokenAsync(second, twoFactorPage);
            var wrong = await second.PostAsync(twoFactorPage, Form(token2, "000000"), Ct);
            (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain("验证码错误");
            var right = await second.PostAsync(twoFactorPage, Form(token2, Totp(key)), Ct);

            right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await second.GetAsync("/", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditRecords
            .AnyAsync(r => r.Action == AuditAction.SignInSucceeded && r.UserName == "manager@demo.liqun" && r.Changes!.Contains("authenticator"), Ct)).ShouldBeTrue();
    }

    private static FormUrlEncodedContent Form(string token, string code) => new(new Dictionary<string, string>
    {
        ["_handler"] = "login-with-2fa",
        ["__RequestVerificationToken"] = token,
        ["Input.TwoFactorCode"] = code,
    });

    /// <summary>RFC 6238 with SHA-1, 30-second steps, 6 digits: what an authenticator app shows now.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in text.TrimEnd('='))
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKey();
}
