using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>A heading of the policy, for the editor's outline.</summary>
public sealed record OutlineItem(int Level, string Text, string Anchor);

/// <summary>A block of the policy for the PDF: a heading (level 1–6) or a paragraph (level 0).</summary>
public sealed record TextBlock(int Level, string Text);

/// <summary>
/// Policy Markdown to HTML: raw HTML is escaped by Markdig, and the output is sanitised again (scripts, event
/// handlers, javascript: links, styles removed) before it reaches a browser.
/// </summary>
public static class PolicyMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown) => string.IsNullOrEmpty(markdown) ? string.Empty : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    public static IReadOnlyList<OutlineItem> Outline(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return [];
        }

        return Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>()
            .Select(h => new OutlineItem(h.Level, InlineText(h.Inline), h.GetAttributes().Id ?? string.Empty))
            .ToList();
    }

    /// <summary>Headings and paragraphs as plain text, list items prefixed with a bullet, for the PDF layout.</summary>
    public static IReadOnlyList<TextBlock> Blocks(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return [];
        }

        var blocks = new List<TextBlock>();
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(new TextBlock(heading.Level, InlineText(heading.Inline)));
                    break;
                case ParagraphBlock paragraph:
                    var text = InlineText(paragraph.Inline);
                    blocks.Add(new TextBlock(0, paragraph.Parent is ListItemBlock ? "• " + text : text));
                    break;
                case CodeBlock code:
                    blocks.Add(new TextBlock(0, string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()))));
                    break;
            }
        }

        return blocks;
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        foreach (var item in inline.Descendants<Inline>())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }

    private static bool IsOwnSite(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");

        // No remote images in a published policy: the page would tell a third party who reads it. Only this site's own.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (string.Equals(e.Tag.TagName, "img", StringComparison.OrdinalIgnoreCase) && !IsOwnSite(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: var tag } image && string.Equals(tag, "img", StringComparison.OrdinalIgnoreCase) && !image.HasAttribute("src"))
            {
                image.Remove();
            }
        };
        return sanitizer;
    }
}
