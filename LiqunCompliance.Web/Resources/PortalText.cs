using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Resources;

/// <summary>
/// The portal's strings, from one resx pair per feature (<see cref="TextResourceFileAttribute"/>) so that two people
/// working in two features never edit the same file. Every page keeps asking for <c>IStringLocalizer&lt;SharedResource&gt;</c>;
/// a key is looked up in the file that holds it (a key is in exactly one file, checked when the portal starts and by a test).
/// Culture fallback is the resource manager's: zh-CN, then the neutral en-US.
/// </summary>
public sealed class PortalText : IStringLocalizer<SharedResource>
{
    private readonly FrozenDictionary<string, ResourceManager> _fileOf;

    public PortalText()
        : this(Files)
    {
    }

    /// <param name="files">The text files (tests pass their own); not a constructor the container could fill with nothing.</param>
    /// <exception cref="InvalidOperationException">A key is in two files.</exception>
    private PortalText(IEnumerable<Type> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var fileOf = new Dictionary<string, (ResourceManager Manager, Type File)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var manager = new ResourceManager(file);
            foreach (var key in Keys(manager, CultureInfo.InvariantCulture))
            {
                if (!fileOf.TryAdd(key, (manager, file)))
                {
                    throw new InvalidOperationException($"The text key {key} is in both {fileOf[key].File.Name} and {file.Name}; keep it in one.");
                }
            }
        }

        _fileOf = fileOf.ToFrozenDictionary(e => e.Key, e => e.Value.Manager, StringComparer.Ordinal);
    }

    /// <summary>The strings of the given files only.</summary>
    /// <exception cref="InvalidOperationException">A key is in two files.</exception>
    public static PortalText Of(IEnumerable<Type> files) => new(files);

    /// <summary>Every text file of the portal: the types marked <see cref="TextResourceFileAttribute"/> in this assembly.</summary>
    public static IReadOnlyList<Type> Files { get; } = typeof(PortalText).Assembly.GetTypes()
        .Where(t => t.IsDefined(typeof(TextResourceFileAttribute), inherit: false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var value = Find(name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var value = Find(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, value ?? name, arguments), resourceNotFound: value is null);
        }
    }

    /// <summary>The keys and values of one file in one culture (without fallback): what the tests compare.</summary>
    public static IReadOnlyDictionary<string, string> Read(Type file, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(file);
        var set = new ResourceManager(file).GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{file.Name} has no {culture.Name} strings.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _fileOf.Keys.Order(StringComparer.Ordinal).Select(key => this[key]);

    private string? Find(string name) =>
        _fileOf.TryGetValue(name, out var manager) ? manager.GetString(name, CultureInfo.CurrentUICulture) : null;

    private static IEnumerable<string> Keys(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.Cast<DictionaryEntry>().Select(e => (string)e.Key) ?? [];
}
