using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>The strings of requests, answer letters, the intake API, the working-day calendar and the deadline rules: RequestsText.resx (en-US) and RequestsText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class RequestsText;
