using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Home;

/// <summary>The strings of the home page: HomeText.resx (en-US) and HomeText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class HomeText;
