using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>The strings of the dashboard, the monthly report and the regulator pack: ReportsText.resx (en-US) and ReportsText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class ReportsText;
