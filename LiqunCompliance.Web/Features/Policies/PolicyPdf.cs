using System.Globalization;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Web.Reports.Pdf;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>A revision as a PDF in the shared layout: headings and paragraphs, version, effective date and SHA-256 in the footer.</summary>
public static class PolicyPdf
{
    public static void Write(PolicyDocument document, PolicyRevision revision, IStringLocalizer<SharedResource> text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(text);
        var effective = EffectiveDateText.From(text, revision);
        var footer = revision.ContentHash is { } hash
            ? text["Policies.Pdf.Footer", revision.Label, effective, hash]
            : text["Policies.Pdf.DraftFooter", revision.Label, text[$"Policies.Status.{revision.Status}"]];
        using var pdf = new PdfLayout(document.TitleZh, $"{document.TitleZh} · {revision.Label}", footer) { PageNumberFormat = text["Letters.PageNumber"] };
        foreach (var block in PolicyMarkdown.Blocks(revision.Markdown))
        {
            if (block.Level > 0)
            {
                pdf.Heading(block.Text, Math.Min(block.Level, 2));
            }
            else
            {
                pdf.Paragraph(block.Text);
            }
        }

        pdf.Save(output);
    }

    public static string FileName(PolicyDocument document, PolicyRevision revision)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(revision);
        return $"{document.Key}-{revision.Label}.pdf";
    }
}
