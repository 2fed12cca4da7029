namespace LiqunCompliance.Domain.Policies;

/// <summary>A document the office publishes in revisions: the privacy policy, the account-cancellation notice, others.</summary>
public sealed class PolicyDocument
{
    public const string PrivacyPolicyKey = "privacy-policy";

    public const string AccountCancellationKey = "account-cancellation";

    private PolicyDocument()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>A stable slug used in public addresses.</summary>
    public string Key { get; private set; } = string.Empty;

    public string TitleZh { get; private set; } = string.Empty;

    public string TitleEn { get; private set; } = string.Empty;

    public static PolicyDocument Create(string key, string titleZh, string titleEn)
    {
        key = key?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!PolicyText.IsValidLabel(key) || string.IsNullOrWhiteSpace(titleZh) || string.IsNullOrWhiteSpace(titleEn))
        {
            throw new PolicyRuleException(PolicyRule.LabelRequired);
        }

        return new PolicyDocument { Id = Guid.NewGuid(), Key = key, TitleZh = titleZh.Trim(), TitleEn = titleEn.Trim() };
    }
}
