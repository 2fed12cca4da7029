using System.Globalization;
using System.Text.RegularExpressions;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;

namespace LiqunCompliance.Tests.Web;

/// <summary>
/// The portal's text files (one resx pair per feature, <see cref="PortalText"/>): each complete in both languages,
/// every key in exactly one file, and every key the code names literally present in some file.
/// </summary>
public sealed partial class ResourceParityTests
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    public static TheoryData<string> Files => [.. PortalText.Files.Select(f => f.FullName!)];

    [Fact]
    public void EveryFeatureOwnsOneTextFile_AndTheShellHasItsOwn()
    {
        PortalText.Files.Select(f => f.Name).ShouldBe(
            ["AccountText", "AdminText", "AuditText", "HomeText", "IncidentsText", "PoliciesText", "PrivacyCenterText", "RegisterText", "ReportsText", "RequestsText", "SharedResource"],
            ignoreOrder: true);
        foreach (var file in PortalText.Files)
        {
            PortalText.Read(file, CultureInfo.InvariantCulture).Count.ShouldBeGreaterThan(0, file.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ChineseAndEnglish_HaveTheSameKeys_NoneEmpty(string file)
    {
        var (english, chinese) = Read(file);

        chinese.Keys.Order().ShouldBe(english.Keys.Order(), file);
        english.Where(e => string.IsNullOrWhiteSpace(e.Value)).ShouldBeEmpty();
        chinese.Where(e => string.IsNullOrWhiteSpace(e.Value)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Chinese_IsActuallyTranslated(string file)
    {
        var (english, chinese) = Read(file);

        // Language names and format-only strings are the same in both; everything else must differ.
        var same = english.Where(e => chinese[e.Key] == e.Value && !e.Key.StartsWith("Language.", StringComparison.Ordinal)).Select(e => e.Key);
        same.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FormatPlaceholders_MatchAcrossLanguages(string file)
    {
        var (english, chinese) = Read(file);

        foreach (var (key, value) in english)
        {
            Placeholders(chinese[key]).ShouldBe(Placeholders(value), key);
        }
    }

    [Fact]
    public void AKeyInTwoFiles_IsRefusedWhenThePortalStarts()
    {
        Should.NotThrow(() => new PortalText());
        var twice = Should.Throw<InvalidOperationException>(() => PortalText.Of([typeof(SharedResource), typeof(SharedResource)]));
        twice.Message.ShouldContain("SharedResource");
    }

    [Fact]
    public void TheContainer_GivesEveryPageThePortalsTextWithEveryFile()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddPortalText();
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var text = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>(provider);
        text.ShouldBeOfType<PortalText>();
        text.GetAllStrings(includeParentCultures: true).Count().ShouldBe(PortalText.Files.Sum(f => PortalText.Read(f, CultureInfo.InvariantCulture).Count));
    }

    [Fact]
    public void TheLocalizer_FindsEachKeyInItsFile_InTheCurrentLanguage_AndFallsBackToEnglish()
    {
        var text = new PortalText();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            text["Requests.Status.Rejected"].Value.ShouldBe("已拒绝");
            text["Nav.Home"].ResourceNotFound.ShouldBeFalse();
            text["No.Such.Key"].ResourceNotFound.ShouldBeTrue();
            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            text["Requests.Status.Rejected"].Value.ShouldBe("Refused");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Every key the code names as a literal (T["…"], text["…"]) exists: a typo would show the key on screen.</summary>
    [Fact]
    public void EveryLiteralKeyInTheCode_Exists()
    {
        var keys = PortalText.Files.SelectMany(f => PortalText.Read(f, CultureInfo.InvariantCulture).Keys).ToHashSet(StringComparer.Ordinal);
        var web = Path.Combine(RepositoryRoot(), "LiqunCompliance.Web");
        var sources = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(p => (p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal))
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        sources.Count.ShouldBeGreaterThan(50);

        var uses = sources
            .SelectMany(path => LiteralKey().Matches(File.ReadAllText(path)).Select(m => (Path.GetFileName(path), Key: m.Groups["key"].Value)))
            .ToList();
        uses.Count.ShouldBeGreaterThan(500, "the pattern finds the code's keys");
        var missing = uses
            .Where(use => !keys.Contains(use.Key))
            .Select(use => $"{use.Item1}: {use.Key}")
            .Distinct()
            .ToList();
        missing.ShouldBeEmpty();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LiqunCompliance.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (LiqunCompliance.sln) was not found above the test binaries.");
    }

    private static (IReadOnlyDictionary<string, string> English, IReadOnlyDictionary<string, string> Chinese) Read(string file)
    {
        var type = PortalText.Files.Single(f => f.FullName == file);
        return (PortalText.Read(type, CultureInfo.InvariantCulture), PortalText.Read(type, Chinese));
    }

    private static SortedSet<string> Placeholders(string text) =>
        new(PlaceholderPattern().Matches(text).Select(m => m.Value));

    [GeneratedRegex(@"\{[a-z_0-9]+\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>T["Area.Key"] or text["Area.Key", …]: a whole literal key (no interpolation) with at least one dot.</summary>
    [GeneratedRegex(@"\b(?:T|text|Text|L)\[""(?<key>[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)""")]
    private static partial Regex LiteralKey();
}
