using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using netDumbster.smtp;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>
/// The portal with a real SMTP server started in the test (netDumbster): the privacy center's codes travel through
/// MailKit and SMTP as in production; SMS codes land in a pickup folder of this factory's own.
/// </summary>
public partial class PrivacyCenterWebFactory : ComplianceWebFactory
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<MimeMessage> _received = new();

    public PrivacyCenterWebFactory()
    {
        // The server's own list is not kept in arrival order: keep ours.
        Smtp.MessageReceived += (_, e) => _received.Enqueue(MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Message.Data))));
    }

    public SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start();

    public string SmsFolder => SmsPickupFolder;

    /// <summary>Form posts allowed per address per window (every test client shares one address).</summary>
    protected virtual int PermitsPerAddress => 100000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notices:SmtpHost", "127.0.0.1");
        builder.UseSetting("Notices:SmtpPort", Smtp.Configuration.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("PrivacyCenter:PermitsPerAddress", PermitsPerAddress.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The messages the SMTP server received for an address, oldest first.</summary>
    public IReadOnlyList<MimeMessage> MailTo(string address) =>
        _received
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>
    /// The messages to an address once there are at least <paramref name="count"/> (the server stores a message a moment
    /// after acknowledging it), or what there is after five seconds.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMailAsync(string address, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var mail = MailTo(address);
            if (mail.Count >= count || DateTime.UtcNow > deadline)
            {
                return mail;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The code in the <paramref name="nth"/> message (from 1) to the address.</summary>
    public async Task<string> EmailCodeAsync(string address, int nth = 1)
    {
        var mail = await WaitForMailAsync(address, nth);
        return mail.Count >= nth ? CodeIn(mail[nth - 1].TextBody ?? string.Empty) : throw new InvalidOperationException($"Only {mail.Count} message(s) to {address}");
    }

    /// <summary>The SMS texts written for a number, oldest first.</summary>
    public IReadOnlyList<string> SmsTo(string phone) =>
        Directory.Exists(SmsFolder)
            ? Directory.GetFiles(SmsFolder).Order(StringComparer.Ordinal).Select(File.ReadAllText).Where(t => t.StartsWith($"To: {phone}\n", StringComparison.Ordinal)).ToList()
            : [];

    public string LatestSmsCode(string phone) =>
        SmsTo(phone) is [.., var last] ? CodeIn(last) : throw new InvalidOperationException($"No SMS to {phone}");

    private static string CodeIn(string text) => CodePattern().Match(text) is { Success: true } m ? m.Value : throw new InvalidOperationException("No code in the message.");

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex CodePattern();

    public override async ValueTask DisposeAsync()
    {
        Smtp.Stop();
        Smtp.Dispose();
        await base.DisposeAsync();

        GC.SuppressFinalize(this);
    }
}

/// <summary>The same, with a low per-address limit, for the rate-limit test.</summary>
public sealed class StrictPrivacyCenterWebFactory : PrivacyCenterWebFactory
{
    public const int Permits = 4;

    protected override int PermitsPerAddress => Permits;
}
