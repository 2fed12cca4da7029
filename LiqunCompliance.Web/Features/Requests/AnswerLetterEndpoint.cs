using LiqunCompliance.Domain.Identity;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>GET /requests/{id}/letter.pdf?lang=zh-CN: the answer letter as a PDF (an audited reveal of the requester's name).</summary>
public static class AnswerLetterEndpoint
{
    public static string Link(Guid id, string culture) => $"/requests/{id}/letter.pdf?lang={Uri.EscapeDataString(culture)}";

    public static IEndpointRouteBuilder MapAnswerLetter(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/requests/{id:guid}/letter.pdf", async (Guid id, string? lang, AnswerLetterService letters, CancellationToken cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            var reference = await letters.WritePdfAsync(id, lang ?? Infrastructure.LocalizationExtensions.DefaultCulture, buffer, cancellationToken);
            return reference is null ? Results.NotFound() : Results.File(buffer.ToArray(), "application/pdf", $"{reference}-answer.pdf");
        }).RequireAuthorization(AccessPolicies.RevealPersonalData);
        return endpoints;
    }
}
