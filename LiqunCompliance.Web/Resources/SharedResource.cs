using System.Resources;

[assembly: NeutralResourcesLanguage("en-US")]

namespace LiqunCompliance.Web.Resources;

/// <summary>Marker for the portal's strings: SharedResource.resx (en-US) and SharedResource.zh-CN.resx.</summary>
public sealed class SharedResource;
