using System.Globalization;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

public enum RegisterListKind
{
    Collection,
    Sharing,
}

/// <summary>One list as headers and text rows in the current UI language: the public page, Excel and PDF all use it.</summary>
/// <param name="Groups">For a grouped list (the collection list, by policy section 一's groups): each row's group, parallel to the rows.</param>
public sealed record ListTable(
    RegisterListKind Kind, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> Widths,
    IReadOnlyList<string>? Groups = null)
{
    /// <summary>The rows with the group heading to show before each one that starts a new group (null otherwise).</summary>
    public IEnumerable<(string? Heading, IReadOnlyList<string> Row)> RowsWithHeadings() =>
        Rows.Select((row, i) => (Groups is { } g && (i == 0 || g[i] != g[i - 1]) ? g[i] : null, row));

    /// <summary>The column holding the privacy-policy link (sharing list), rendered as a link on the page.</summary>
    public int? LinkColumn => Kind == RegisterListKind.Sharing ? Headers.Count - 1 : null;
}

/// <summary>Builds the collection and sharing lists in MIIT's column order, with headers from the resources.</summary>
public static class RegisterListTables
{
    public static ListTable Build(RegisterListKind kind, RegisterListSnapshot snapshot, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        return kind == RegisterListKind.Collection ? Collection(snapshot, text) : Sharing(snapshot, text);
    }

    private static ListTable Collection(RegisterListSnapshot snapshot, IStringLocalizer<SharedResource> text)
    {
        var separator = UiCulture.IsEnglish ? "; " : "、";
        var listed = snapshot.CollectionRows(UiCulture.IsEnglish);
        var rows = listed
            .Select(r => (IReadOnlyList<string>)
            [
                r.Function,
                string.Join(separator, r.Items.Select(i => i.Sensitive ? text["Register.Lists.SensitiveMark", i.Name].Value : i.Name)),
                YesNo(r.HasSensitive, text), r.Purpose, r.Scenario, YesNo(r.Background, text), r.Section ?? string.Empty,
            ])
            .ToList();
        return new ListTable(RegisterListKind.Collection, text["Register.Lists.Collection"],
            [
                text["Register.Lists.Col.Function"], text["Register.Lists.Col.Items"], text["Register.Lists.Col.Sensitive"],
                text["Register.Lists.Col.Purpose"], text["Register.Lists.Col.Scenario"], text["Register.Lists.Col.Background"], text["Register.Lists.Col.Section"],
            ],
            rows, [2, 4, 1, 3.4, 2.4, 1, 1.2], [.. listed.Select(r => text[$"Register.Group.{r.Group}"].Value)]);
    }

    private static ListTable Sharing(RegisterListSnapshot snapshot, IStringLocalizer<SharedResource> text)
    {
        var separator = UiCulture.IsEnglish ? "; " : "、";
        var toConfirm = text["Register.Lists.ToConfirm"].Value;
        var rows = snapshot.SharingRows(UiCulture.IsEnglish)
            .Select(r => (IReadOnlyList<string>)
            [
                r.Name, r.ThirdPartyUnconfirmed ? text["Register.Lists.ProviderToConfirm", r.ThirdParty].Value : r.ThirdParty, text[$"Register.Kind.{r.Kind}"],
                string.Join(separator, r.InformationTypes), r.Purpose, r.Scenario,
                string.IsNullOrWhiteSpace(r.SharingMethod) ? toConfirm : r.SharingMethod, text[$"Register.CollectionMethod.{r.CollectionMethod}"],
                YesNo(r.Background, text), r.Permissions, r.PrivacyPolicyUnconfirmed ? toConfirm : r.PrivacyPolicyUrl ?? string.Empty,
            ])
            .ToList();
        return new ListTable(RegisterListKind.Sharing, text["Register.Lists.Sharing"],
            [
                text["Register.Lists.Col.Name"], text["Register.Lists.Col.ThirdParty"], text["Register.Lists.Col.Kind"], text["Register.Lists.Col.SharedTypes"],
                text["Register.Lists.Col.Purpose"], text["Register.Lists.Col.Scenario"], text["Register.Lists.Col.SharingMethod"],
                text["Register.Lists.Col.CollectionMethod"], text["Register.Lists.Col.Background"], text["Register.Lists.Col.Permissions"], text["Register.Lists.Col.PrivacyPolicy"],
            ],
            rows, [2.2, 2.4, 1.2, 2.6, 2.6, 1.8, 1.4, 1.4, 1, 1.8, 2]);
    }

    private static string YesNo(bool value, IStringLocalizer<SharedResource> text) => value ? text["Register.Lists.Yes"] : text["Register.Lists.No"];
}
