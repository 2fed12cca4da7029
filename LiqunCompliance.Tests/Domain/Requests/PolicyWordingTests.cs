using System.Globalization;
using System.Resources;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Requests;

/// <summary>
/// The refusal grounds and the cancellation conditions read word for word as the seed policy has them (五.5 and 附件一,
/// copied here as data); punctuation is compared in its full-width form, as the portal sets Chinese text.
/// </summary>
public sealed class PolicyWordingTests
{
    private const string SectionFiveFive =
        "对于那些无端重复、需要过多技术手段(例如,需要开发新系统或从根本上改变现行惯例)、给他人合法权益带来风险或者非常不切实际(例如涉及备份磁带上存放的信息)的请求,我们可能会予以拒绝。"
        + "在以下情形中,按照法律法规要求,我们将无法响应您的请求:(1)与国家安全、国防安全有关的;(2) 与公共安全、公共卫生、重大公共利益有关的;(3)与犯罪侦查、起诉和审判等有关的;"
        + "(4)有充分证据表明您存在主观恶意或滥用权利的;(5)响应您的请求将导致您或其他个人、组织的合法权益受到严重损害的。";

    private const string AnnexOne =
        "(1)在最近一个月内,账户没有进行更改密码、更改绑定信息等敏感操作,账户没有被盗、被封等风险;"
        + "(2)账户在利群网商系统中无资产和虚拟权益(包括但不限于账户余额、礼品卡余额、积分、优惠券等)、无拍卖保证金、无欠款;"
        + "(3)账户内无未完成的订单、服务,且所有订单完成达一年以上;(4)在利群网商没有过使用该账户激活店铺的记录;"
        + "(5) 账户无任何纠纷,包括投诉举报或被投诉举报;(6)账户为正常使用中的账户且无任何账户被限制的记录;"
        + "(7)账户对应的利群网商支付账户已注销,且已妥善处理了利群网商支付账户下的所有问题;(8)账户已经解除与其他网站、其他APP的授权登录或绑定关系。"
        + "3如果您的利群网商账户同时是利群网商平台商家店铺的绑定账户名,您需先解除相关绑定;";

    private static readonly ResourceManager Text = new("LiqunCompliance.Web.Features.Requests.RequestsText", typeof(LiqunCompliance.Web.Features.Requests.RefusalText).Assembly);

    private static string Chinese(string key) => Text.GetString(key, CultureInfo.GetCultureInfo("zh-CN")) ?? throw new InvalidOperationException(key);

    /// <summary>Full-width brackets and commas, no spaces: how the seed's half-width typing and the portal's compare.</summary>
    private static string Normalise(string text) => text.Replace('(', '（').Replace(')', '）').Replace(',', '，').Replace(":", "：", StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void EveryOfferedGround_IsThePolicysWords_AndNothingElseIsOffered()
    {
        var policy = Normalise(SectionFiveFive);
        foreach (var reason in RefusalGrounds.Offered)
        {
            var wording = Normalise(Chinese($"Requests.Refusal.{reason}"));
            // The discretionary grounds are named inside one sentence ("…的请求"): the words before 的请求 are the policy's.
            var core = RefusalGrounds.IsDiscretionary(reason) ? wording.Replace("的请求", string.Empty, StringComparison.Ordinal) : wording;
            policy.ShouldContain(core, Case.Sensitive, reason.ToString());
        }

        RefusalGrounds.Offered.ShouldNotContain(RefusalReason.TradeSecrets);
        RefusalGrounds.Offered.Count.ShouldBe(9);
        RefusalGrounds.Source(RefusalReason.HarmToOthers).ShouldBe("五.5(5)");
    }

    [Fact]
    public void EveryCancellationCondition_IsAnnexOnesWords()
    {
        var annex = Normalise(AnnexOne);
        foreach (var condition in Enum.GetValues<CancellationPrecondition>())
        {
            annex.ShouldContain(Normalise(Chinese($"Requests.Precondition.{condition}")), Case.Sensitive, condition.ToString());
        }

        CancellationConditions.Number(CancellationPrecondition.NoRecentSensitiveOperationOrRisk).ShouldBe("(1)");
        CancellationConditions.Number(CancellationPrecondition.MerchantShopUnbound).ShouldBe("3");
    }
}
