using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Audit;

/// <summary>The strings of the audit trail: AuditText.resx (en-US) and AuditText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class AuditText;
