using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>
/// Sends a text message. The portal ships only <see cref="PickupSmsSender"/> (demo and tests: one file per message);
/// production registers its provider's implementation in place of it (see docs/privacy-center.md, "SMS provider").
/// Implementations must not log the number or the text.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

/// <summary>Writes each message as a UTF-8 text file (recipient, blank line, text) to the pickup folder.</summary>
public sealed class PickupSmsSender(IOptions<PrivacyCenterOptions> options, IWebHostEnvironment environment, TimeProvider clock) : ISmsSender
{
    public string PickupFolder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SmsPickupFolder));

    public async Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phone);
        ArgumentNullException.ThrowIfNull(text);
        Directory.CreateDirectory(PickupFolder);
        var name = $"{clock.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.txt";
        await File.WriteAllTextAsync(Path.Combine(PickupFolder, name), $"To: {phone}\n\n{text}\n", Encoding.UTF8, cancellationToken);
    }
}
