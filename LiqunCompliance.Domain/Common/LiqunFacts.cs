namespace LiqunCompliance.Domain.Common;

/// <summary>
/// What the customer's privacy policy states about itself (seed: liqun-privacy-policy.zh.txt), used wherever the portal
/// names the operator or its contacts. What the policy does not state (its unified social credit code) is 待确认.
/// </summary>
public static class LiqunFacts
{
    public const string LegalName = "利群集团青岛电子商务有限公司";
    public const string LegalNameEn = "Liqun Group Qingdao E-commerce Co., Ltd.";
    public const string AppName = "利群网商";
    public const string Email = "dzsw@iliqun.com";
    public const string Hotline = "4006888688";

    /// <summary>How users reach the office, as the policy gives it: both the e-mail and the hotline, and its 15-working-day promise.</summary>
    public const string ContactZh = "发送电子邮件至 " + Email + "，或拨打客服电话 " + Hotline + "；个人信息保护专职部门将在 15 个工作日内答复";

    public const string ContactEn = "e-mail " + Email + " or call our hotline " + Hotline + "; our personal-information protection team answers within 15 working days";

    /// <summary>Not in the policy: to be confirmed.</summary>
    public const string ToConfirm = "待确认";
}
