using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>The strings of incidents, their reports to regulators and their notices: IncidentsText.resx (en-US) and IncidentsText.zh-CN.resx, read through <see cref="PortalText"/>.</summary>
[TextResourceFile]
public sealed class IncidentsText;
