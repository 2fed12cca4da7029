using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Domain.Requests;

/// <summary>
/// What a new request must satisfy besides its requester (<see cref="Requester.Create"/>): a plausible time of receipt,
/// identity verified between receipt and now, and details of bounded length in plain text. Asked by
/// <see cref="PrivacyRequest.Receive"/> and by intake forms and the API, which show every broken rule at once.
/// </summary>
public static class IntakeRules
{
    /// <summary>
    /// The earliest privacy-policy version the seed gives: 附件二, "2022年8月29日修订" — a revision, so earlier versions
    /// existed but are not known (待确认). Intake refuses receipts before it as typing mistakes (1900-01-01, 0001-01-01);
    /// a genuine older request would need this floor moved, once its date is confirmed.
    /// </summary>
    public static readonly DateOnly EarliestReceipt = new(2022, 8, 29);

    public static IReadOnlyList<RequestRule> Check(string? details, DateTimeOffset receivedAt, DateTimeOffset? identityVerifiedAt, DateTimeOffset now)
    {
        var broken = new List<RequestRule>();
        if (receivedAt > now)
        {
            broken.Add(RequestRule.ReceivedInFuture);
        }
        else if (receivedAt < ChinaTime.StartOfDay(EarliestReceipt))
        {
            broken.Add(RequestRule.ReceivedTooEarly);
        }

        if (identityVerifiedAt is { } verified)
        {
            if (verified > now)
            {
                broken.Add(RequestRule.VerificationInFuture);
            }
            else if (verified < receivedAt)
            {
                broken.Add(RequestRule.VerificationBeforeReceipt);
            }
        }

        if (details?.Length > PrivacyRequest.MaxDetailsLength)
        {
            broken.Add(RequestRule.DetailsTooLong);
        }
        else if (!PlainText.IsClean(details, multiline: true))
        {
            broken.Add(RequestRule.DetailsNotPlainText);
        }

        return broken;
    }
}
