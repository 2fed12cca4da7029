using System.Globalization;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Tests.Web;

/// <summary>
/// Every enum value that the UI turns into a resource key ($"Requests.Status.{status}") has a text in both languages,
/// so that no screen ever shows a key or a code name. The table lists each prefix used with an interpolated enum.
/// </summary>
public sealed class EnumResourceKeyTests
{
    public static TheoryData<string, string> Prefixes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, prefix) in LiqunCompliance.Web.Infrastructure.EnumTextKeys.Prefixes)
        {
            data.Add(prefix, type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void EveryValue_HasATextInBothLanguages(string prefix, string enumName)
    {
        var type = EnumNamed(enumName);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("zh-CN") })
        {
            var keys = Keys(culture);
            Enum.GetNames(type).Select(name => $"{prefix}.{name}").Where(key => !keys.Contains(key))
                .ShouldBeEmpty($"{enumName} values without a {(culture.Name.Length == 0 ? "en-US" : culture.Name)} text");
        }
    }

    [Fact]
    public void EveryRole_HasAName()
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("zh-CN") })
        {
            var keys = Keys(culture);
            Roles.All.Select(role => $"Role.{role}").Where(key => !keys.Contains(key)).ShouldBeEmpty();
        }
    }

    private static Type EnumNamed(string name)
    {
        var assemblies = new[] { typeof(Roles).Assembly, typeof(SharedResource).Assembly };
        var matches = assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.Name == name).ToList();
        matches.Count.ShouldBe(1, $"exactly one enum named {name}");
        return matches[0];
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        PortalText.Files.SelectMany(file => PortalText.Read(file, culture).Keys).ToHashSet(StringComparer.Ordinal);
}
