using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>The strings of the public privacy center: PrivacyCenterText.resx (en-US) and PrivacyCenterText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class PrivacyCenterText;
