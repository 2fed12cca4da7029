using LiqunCompliance.Domain.PrivacyCenter;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>What the user reads after a code that did not open anything; a mismatch in tracking reads as a wrong code.</summary>
public static class CodeCheckText
{
    public static string Message(IStringLocalizer<SharedResource> text, CodeCheck check)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(check);
        if (check.Error is not null)
        {
            return check.Error;
        }

        if (check.Malformed)
        {
            return text["PrivacyCenter.Verify.Malformed", OneTimeCode.Digits];
        }

        return check.Outcome switch
        {
            ChallengeOutcome.WrongCode => text["PrivacyCenter.Verify.Wrong", check.AttemptsLeft],
            ChallengeOutcome.TooManyAttempts => text["PrivacyCenter.Verify.TooMany"],
            ChallengeOutcome.Expired => text["PrivacyCenter.Verify.Expired", (int)OneTimeCode.Lifetime.TotalMinutes],
            _ => text["PrivacyCenter.Error.NotRecorded"],
        };
    }
}
