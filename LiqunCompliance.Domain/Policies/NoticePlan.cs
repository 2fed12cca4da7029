namespace LiqunCompliance.Domain.Policies;

/// <summary>The text users get on one channel.</summary>
public sealed record NoticeMessage(NoticeChannel Channel, string Text);

/// <summary>
/// How and when users are told of a major change (policy 七.2): the channels, the text per channel and the day the
/// notice goes out, which must come before the revision takes effect.
/// </summary>
public sealed record NoticePlan(DateOnly NoticeDate, IReadOnlyList<NoticeMessage> Messages)
{
    public const int MaxTextLength = 2000;

    /// <summary>How many SMS segments a text is billed as (<see cref="Common.SmsLength"/>).</summary>
    public static int SmsSegments(string? text) => Common.SmsLength.Segments(text);

    /// <summary>Every problem with the plan for a revision taking effect on <paramref name="effectiveDate"/>.</summary>
    public IReadOnlyList<PolicyRule> Problems(DateOnly? effectiveDate, DateOnly today)
    {
        var problems = new List<PolicyRule>();
        if (Messages.Count == 0)
        {
            problems.Add(PolicyRule.NoticeChannelRequired);
        }

        if (Messages.Any(m => string.IsNullOrWhiteSpace(m.Text)))
        {
            problems.Add(PolicyRule.NoticeTextRequired);
        }

        if (Messages.Any(m => m.Text?.Length > MaxTextLength))
        {
            problems.Add(PolicyRule.TextTooLong);
        }

        if (effectiveDate is { } effective && NoticeDate >= effective)
        {
            problems.Add(PolicyRule.NoticeAfterEffective);
        }

        if (NoticeDate < today)
        {
            problems.Add(PolicyRule.NoticeInPast);
        }

        return problems;
    }
}
