using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// MudBlazor's own words (row checkboxes, pager buttons, close and clear buttons) in the portal's languages: a screen
/// reader announced 选择 checkboxes as "Select row" in the Chinese UI. The texts are <c>Mud.{key}</c> in the shared
/// resources; a key without a text keeps MudBlazor's English.
/// </summary>
internal sealed class MudBlazorText(IStringLocalizer<SharedResource> text) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var found = text[$"Mud.{key}"];
            return found.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, found.Value);
        }
    }
}
