using LiqunCompliance.Domain.PrivacyCenter;
using LiqunCompliance.Web.Features.Incidents;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>Sends a one-time code to an e-mail address (SMTP, or the pickup folder in demo mode) or a phone (<see cref="ISmsSender"/>), in the user's language.</summary>
public sealed class CodeDelivery(NoticeMailer mailer, ISmsSender sms, IStringLocalizer<SharedResource> text)
{
    public async Task SendAsync(ContactKind kind, string contact, string code, ChallengePurpose purpose, CancellationToken cancellationToken)
    {
        var minutes = (int)OneTimeCode.Lifetime.TotalMinutes;
        var body = text[$"PrivacyCenter.Code.Body.{purpose}", code, minutes].Value;
        if (kind == ContactKind.Email)
        {
            await mailer.SendAsync(text["PrivacyCenter.Code.Subject"], body, [MailboxAddress.Parse(contact)], cancellationToken);
        }
        else
        {
            await sms.SendAsync(contact, text["PrivacyCenter.Code.Sms", code, minutes], cancellationToken);
        }
    }
}
