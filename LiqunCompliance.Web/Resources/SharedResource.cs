using System.Resources;

[assembly: NeutralResourcesLanguage("en-US")]

namespace LiqunCompliance.Web.Resources;

/// <summary>
/// The type every page and service asks for (<c>IStringLocalizer&lt;SharedResource&gt;</c>), answered by
/// <see cref="PortalText"/> from every text file of the portal; its own file (SharedResource.resx, .zh-CN.resx) holds
/// the strings of the shell: navigation, common buttons, errors, languages.
/// </summary>
[TextResourceFile]
public sealed class SharedResource;
