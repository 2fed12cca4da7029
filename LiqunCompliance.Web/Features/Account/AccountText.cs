using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Account;

/// <summary>The strings of sign-in, two-factor authentication and the account pages: AccountText.resx (en-US) and AccountText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class AccountText;
