using MailKit.Net.Smtp;
using MimeKit;

namespace LiqunCompliance.Web.Features.Incidents;

public sealed class NoticeMailOptions
{
    /// <summary>SMTP server; when empty, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string From { get; set; } = "利群网商 <dzsw@iliqun.com>";

    /// <summary>Relative to the web project's folder unless absolute.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail-pickup";

    /// <summary>
    /// When set, a copy of each recipients export (SMS, letter, phone, push) is also written here for the sending
    /// teams' tooling; the officer always downloads it in the browser.
    /// </summary>
    public string? ExportFolder { get; set; }
}

/// <summary>
/// Sends notices: through SMTP (MailKit) when configured, otherwise as one .eml per recipient in the pickup folder,
/// and writes the recipients export other channels' teams send from. Addresses are never logged or stored.
/// </summary>
public sealed class NoticeMailer(Microsoft.Extensions.Options.IOptions<NoticeMailOptions> options, IWebHostEnvironment environment)
{
    public string PickupFolder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));

    public Task<int> SendAsync(string subject, string body, IReadOnlyList<MailboxAddress> recipients, CancellationToken cancellationToken) =>
        SendAsync(subject, body, recipients, [], cancellationToken);

    /// <summary>Sends one message per recipient, with the attachments (file name, content).</summary>
    public async Task<int> SendAsync(string subject, string body, IReadOnlyList<MailboxAddress> recipients, IReadOnlyList<(string Name, byte[] Content)> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(attachments);
        var settings = options.Value;
        var messages = recipients.Select(to =>
        {
            // Stored text is made fit for a message first: a control character becomes U+FFFD, never a broken e-mail.
            var builder = new BodyBuilder { TextBody = LiqunCompliance.Domain.Common.PlainText.Sanitize(body) };
            foreach (var (name, content) in attachments)
            {
                builder.Attachments.Add(name, content);
            }

            var message = new MimeMessage { Subject = LiqunCompliance.Domain.Common.PlainText.Sanitize(subject, multiline: false), Body = builder.ToMessageBody() };
            message.From.Add(MailboxAddress.Parse(settings.From));
            message.To.Add(to);
            return message;
        }).ToList();

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(PickupFolder);
            foreach (var message in messages)
            {
                await message.WriteToAsync(Path.Combine(PickupFolder, $"{message.MessageId}.eml"), cancellationToken);
            }

            return messages.Count;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        foreach (var message in messages)
        {
            await client.SendAsync(message, cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
        return messages.Count;
    }

    /// <summary>A CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) of recipient and text for SMS, letter, phone and push teams.</summary>
    public static byte[] ExportCsv(string body, IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var lines = recipients.Select(r => $"{Csv(Infrastructure.SpreadsheetText.ForCsv(r))},{Csv(Infrastructure.SpreadsheetText.ForCsv(body))}").Prepend("recipient,text");
        return [.. new System.Text.UTF8Encoding(true).GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];
    }

    /// <summary>Writes a copy of an export to <see cref="NoticeMailOptions.ExportFolder"/> when one is configured.</summary>
    public async Task CopyExportAsync(string name, byte[] content, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.ExportFolder))
        {
            return;
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ExportFolder));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), content, cancellationToken);
    }

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
