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

    /// <summary>A CSV of recipient and text for SMS, letter, phone and push teams, next to the e-mails.</summary>
    public async Task<string> WriteExportAsync(string name, string body, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        Directory.CreateDirectory(PickupFolder);
        var path = Path.Combine(PickupFolder, name);
        var lines = recipients.Select(r => $"{Csv(Infrastructure.SpreadsheetText.ForCsv(r))},{Csv(Infrastructure.SpreadsheetText.ForCsv(body))}").Prepend("recipient,text");
        await File.WriteAllLinesAsync(path, lines, new System.Text.UTF8Encoding(true), cancellationToken);
        return path;
    }

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
