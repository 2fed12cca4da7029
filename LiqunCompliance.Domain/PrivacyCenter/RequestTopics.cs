using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Domain.PrivacyCenter;

/// <summary>One kind of request a user may send from the privacy center, with where the right comes from.</summary>
/// <param name="PolicySections">The passages of the privacy policy that promise it ("五.1"), empty when the policy is silent.</param>
/// <param name="PiplArticles">The articles of the Personal Information Protection Law that grant it.</param>
public sealed record RequestTopic(RequestType Type, IReadOnlyList<string> PolicySections, IReadOnlyList<int> PiplArticles);

/// <summary>
/// What the privacy center offers (design/domain.md, "User requests"), in the policy's order. The sources are the
/// seed policy's own sections where it has them; where the policy is silent (explanation, transfer, a deceased user's
/// next of kin) only the law is cited — the portal does not put words in the policy's mouth.
/// </summary>
public static class RequestTopics
{
    public static IReadOnlyList<RequestTopic> All { get; } =
    [
        new(RequestType.Access, ["五.1"], [45]),
        new(RequestType.Correction, ["五.1"], [46]),
        new(RequestType.Deletion, ["五.2"], [47]),
        new(RequestType.ConsentWithdrawal, ["五.3"], [15]),
        new(RequestType.AccountCancellation, ["五.3", "附件一"], []),
        new(RequestType.MarketingOptOut, ["五.4"], [24]),
        new(RequestType.Explanation, [], [48]),
        new(RequestType.Transfer, [], [45]),
        new(RequestType.DeceasedUserRequest, [], [49]),
        new(RequestType.Complaint, ["五.5", "八.3"], []),
        new(RequestType.Inquiry, ["八.1", "八.3"], []),
    ];

    /// <summary>Whether the privacy center accepts this type.</summary>
    public static bool Offers(RequestType type) => All.Any(t => t.Type == type);

    /// <summary>The next of kin of a deceased user states the relationship and sends proof when the officer asks (PIPL Art. 49).</summary>
    public static bool NeedsRelationship(RequestType type) => type == RequestType.DeceasedUserRequest;
}
