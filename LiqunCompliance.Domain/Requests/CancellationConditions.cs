namespace LiqunCompliance.Domain.Requests;

/// <summary>Where each cancellation condition stands in 附件一: conditions (1)–(8), and item 3 for a bound merchant shop.</summary>
public static class CancellationConditions
{
    /// <summary>"(1)" … "(8)", or "3" for item 3 of 附件一.</summary>
    public static string Number(CancellationPrecondition precondition) => precondition switch
    {
        CancellationPrecondition.MerchantShopUnbound => "3",
        _ => $"({(int)precondition + 1})",
    };
}
