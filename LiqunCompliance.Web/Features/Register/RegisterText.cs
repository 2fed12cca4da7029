using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>The strings of the SDK and partner register, the catalogue of personal-information items and the published lists: RegisterText.resx (en-US) and RegisterText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class RegisterText;
