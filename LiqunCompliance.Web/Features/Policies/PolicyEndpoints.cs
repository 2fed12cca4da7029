using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>
/// PDF downloads: any revision for staff (GET /policies/revisions/{id}/pdf) and published ones for everyone
/// (GET /privacy-policy/download/{label}.pdf?document=account-cancellation).
/// </summary>
public static class PolicyEndpoints
{
    public static string PublicPdfLink(string documentKey, string label) =>
        $"/privacy-policy/download/{Uri.EscapeDataString(label)}.pdf" + (documentKey == PolicyDocument.PrivacyPolicyKey ? string.Empty : $"?document={Uri.EscapeDataString(documentKey)}");

    public static IEndpointRouteBuilder MapPolicyDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy-policy/download/{label}.pdf", async (string label, string? document, PublicPolicyService policies, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var found = await policies.VersionAsync(document ?? PolicyDocument.PrivacyPolicyKey, label, cancellationToken);
            return found is null ? Results.NotFound() : Pdf(found.Document, found.Revision, text);
        }).AllowAnonymous();

        endpoints.MapGet("/policies/revisions/{id:guid}/pdf", async (Guid id, PolicyRevisionService revisions, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var found = await revisions.GetAsync(id, cancellationToken);
            return found is null ? Results.NotFound() : Pdf(found.Document, found.Revision, text);
        }).RequireAuthorization(AccessPolicies.ViewPolicyRevisions);
        return endpoints;
    }

    private static IResult Pdf(PolicyDocument document, PolicyRevision revision, IStringLocalizer<SharedResource> text)
    {
        using var buffer = new MemoryStream();
        PolicyPdf.Write(document, revision, text, buffer);
        return Results.File(buffer.ToArray(), "application/pdf", PolicyPdf.FileName(document, revision));
    }
}
