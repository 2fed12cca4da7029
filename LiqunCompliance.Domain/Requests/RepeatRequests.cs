namespace LiqunCompliance.Domain.Requests;

/// <summary>
/// Policy 五.5: "对多次重复、超出合理限度的请求，我们将视情收取一定成本费用" and "无端重复 … 的请求，我们可能会予以拒绝".
/// The policy names no period. The portal flags a request as a repeat when the same account made another one within a
/// window whose length is a setting (<c>Requests:RepeatWindowMonths</c>); its default of 12 months is the office's working
/// assumption, to be confirmed (待确认), not a rule of the policy.
/// </summary>
public static class RepeatRequests
{
    public const int DefaultWindowMonths = 12;

    /// <summary>The earliest receipt that counts as an earlier request of the same account.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset receivedAt, int windowMonths) =>
        receivedAt.AddMonths(-Math.Clamp(windowMonths, 1, 120));
}
