using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>How a stored field value reads in a diff: enums and yes/no in the user's language, catalogue codes as names.</summary>
public static class RegisterFieldText
{
    public static string Display(IStringLocalizer<SharedResource> text, string field, string? value, Func<string, string>? itemName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(value))
        {
            return "—";
        }

        return field switch
        {
            nameof(RegisterEntryData.Kind) => text[$"Register.Kind.{value}"],
            nameof(RegisterEntryData.Status) => text[$"Register.Status.{value}"],
            nameof(RegisterEntryData.CollectionMethod) => text[$"Register.CollectionMethod.{value}"],
            nameof(RegisterEntryData.LegalBasis) => text[$"Register.LegalBasis.{value}"],
            nameof(RegisterEntryData.CollectsInBackground) or nameof(RegisterEntryData.CrossBorder) =>
                value == "true" ? text["Register.Lists.Yes"] : text["Register.Lists.No"],
            nameof(RegisterEntryData.InformationItems) when itemName is not null =>
                string.Join("、", value.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(itemName)),
            _ => value,
        };
    }
}
