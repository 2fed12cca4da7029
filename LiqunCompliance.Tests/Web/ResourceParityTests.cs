using System.Collections;
using System.Globalization;
using System.Resources;
using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Tests.Web;

public sealed class ResourceParityTests
{
    private static readonly ResourceManager Manager = new(typeof(SharedResource));

    [Fact]
    public void ChineseAndEnglish_HaveTheSameKeys_NoneEmpty()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(new CultureInfo("zh-CN"));

        english.Count.ShouldBeGreaterThan(100);
        chinese.Keys.Order().ShouldBe(english.Keys.Order());
        english.Where(e => string.IsNullOrWhiteSpace(e.Value)).ShouldBeEmpty();
        chinese.Where(e => string.IsNullOrWhiteSpace(e.Value)).ShouldBeEmpty();
    }

    [Fact]
    public void Chinese_IsActuallyTranslated()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(new CultureInfo("zh-CN"));

        // Language names and format-only strings are the same in both; everything else must differ.
        var same = english.Where(e => chinese[e.Key] == e.Value && !e.Key.StartsWith("Language.", StringComparison.Ordinal)).Select(e => e.Key);
        same.ShouldBeEmpty();
    }

    [Fact]
    public void FormatPlaceholders_MatchAcrossLanguages()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(new CultureInfo("zh-CN"));

        foreach (var (key, value) in english)
        {
            Placeholders(chinese[key]).ShouldBe(Placeholders(value), key);
        }
    }

    private static SortedSet<string> Placeholders(string text) =>
        new(System.Text.RegularExpressions.Regex.Matches(text, @"\{[a-z_0-9]+\}").Select(m => m.Value));

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture.Name}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
