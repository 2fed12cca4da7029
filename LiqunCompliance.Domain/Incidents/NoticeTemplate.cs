using System.Text.RegularExpressions;

namespace LiqunCompliance.Domain.Incidents;

/// <summary>
/// A user-notification template for one channel and language: Liquid text in which each element PIPL Art. 57 and the
/// policy require is a tagged section, <c>[[Cause]] … [[/Cause]]</c>. A template missing an element cannot be issued.
/// </summary>
public sealed partial class NoticeTemplate
{
    public const int MaxBodyLength = 20_000;

    private NoticeTemplate()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public NoticeChannelKind Channel { get; private set; }

    /// <summary>zh-CN or en-US.</summary>
    public string Language { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public Guid Version { get; private set; }

    public IReadOnlyList<NoticeElement> MissingElements => Missing(Body);

    public bool IsComplete => MissingElements.Count == 0;

    public static NoticeTemplate Create(string? name, NoticeChannelKind channel, string? language, string? subject, string? body)
    {
        var template = new NoticeTemplate { Id = Guid.NewGuid(), Channel = channel };
        template.Edit(name, language, subject, body);
        return template;
    }

    public void Edit(string? name, string? language, string? subject, string? body)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(body) || body.Length > MaxBodyLength || language is not ("zh-CN" or "en-US"))
        {
            throw new IncidentRuleException(IncidentRule.TitleRequired);
        }

        Name = name.Trim();
        Language = language;
        Subject = subject?.Trim() ?? string.Empty;
        Body = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        Version = Guid.NewGuid();
    }

    /// <summary>The required elements without a non-empty tagged section.</summary>
    public static IReadOnlyList<NoticeElement> Missing(string? body)
    {
        var present = Sections().Matches(body ?? string.Empty)
            .Where(m => m.Groups["name"].Value == m.Groups["end"].Value && !string.IsNullOrWhiteSpace(m.Groups["text"].Value))
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);
        return Enum.GetValues<NoticeElement>().Where(e => !present.Contains(e.ToString())).ToList();
    }

    /// <summary>The Liquid text without the section markers.</summary>
    public static string StripMarkers(string? body) => Markers().Replace(body ?? string.Empty, string.Empty);

    [GeneratedRegex(@"\[\[(?<name>[A-Za-z]+)\]\](?<text>.*?)\[\[/(?<end>[A-Za-z]+)\]\]", RegexOptions.Singleline)]
    private static partial Regex Sections();

    [GeneratedRegex(@"\[\[/?[A-Za-z]+\]\]")]
    private static partial Regex Markers();
}
