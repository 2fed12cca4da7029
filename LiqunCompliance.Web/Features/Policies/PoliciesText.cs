using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>The strings of policy revisions and the public pages: PoliciesText.resx (en-US) and PoliciesText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class PoliciesText;
