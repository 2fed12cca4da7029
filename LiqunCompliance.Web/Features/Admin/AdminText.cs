using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Admin;

/// <summary>The strings of users, roles and API clients: AdminText.resx (en-US) and AdminText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class AdminText;
