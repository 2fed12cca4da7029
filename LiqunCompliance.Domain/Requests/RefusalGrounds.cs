namespace LiqunCompliance.Domain.Requests;

/// <summary>
/// Where each refusal ground comes from (policy 五.5) and which requests may not be refused at all: a marketing opt-out
/// (五.4; PIPL Art. 24) and a withdrawal of consent (五.3; PIPL Art. 15 and 16) are always honoured.
/// </summary>
public static class RefusalGrounds
{
    /// <summary>The grounds an officer may choose, in the policy's order; nothing the policy does not contain.</summary>
    public static IReadOnlyList<RefusalReason> Offered { get; } =
    [
        RefusalReason.NationalSecurity,
        RefusalReason.PublicSafetyOrInterest,
        RefusalReason.CriminalInvestigation,
        RefusalReason.MaliceOrAbuse,
        RefusalReason.HarmToOthers,
        RefusalReason.GroundlessRepetition,
        RefusalReason.ExcessiveTechnicalMeans,
        RefusalReason.RiskToOthersRights,
        RefusalReason.Impractical,
    ];

    public static bool IsOffered(RefusalReason reason) => Offered.Contains(reason);

    /// <summary>The five cases where the law leaves no choice ("将无法响应") versus the discretionary ones ("可能会予以拒绝").</summary>
    public static bool IsDiscretionary(RefusalReason reason) =>
        reason is RefusalReason.GroundlessRepetition or RefusalReason.ExcessiveTechnicalMeans or RefusalReason.RiskToOthersRights or RefusalReason.Impractical;

    /// <summary>The passage of the policy, e.g. "五.5(1)" or "五.5".</summary>
    public static string Source(RefusalReason reason) => reason switch
    {
        RefusalReason.NationalSecurity => "五.5(1)",
        RefusalReason.PublicSafetyOrInterest => "五.5(2)",
        RefusalReason.CriminalInvestigation => "五.5(3)",
        RefusalReason.MaliceOrAbuse => "五.5(4)",
        RefusalReason.HarmToOthers => "五.5(5)",
        _ when IsDiscretionary(reason) => "五.5",
        _ => "—",
    };

    /// <summary>Requests the office must carry out: refusing them is not a choice the policy or the law gives.</summary>
    public static bool MayBeRefused(RequestType type) => type is not (RequestType.MarketingOptOut or RequestType.ConsentWithdrawal);
}
