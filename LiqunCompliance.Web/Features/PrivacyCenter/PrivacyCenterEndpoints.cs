using LiqunCompliance.Web.Features.Requests;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>The privacy center's downloads: the answer letter of the request the tracking pass names, and ending the pass.</summary>
public static class PrivacyCenterEndpoints
{
    public const string LetterPath = "/privacy-center/track/letter.pdf";

    public const string EndPath = "/privacy-center/track/end";

    public static IEndpointRouteBuilder MapPrivacyCenter(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LetterPath, async (string? lang, HttpContext context, TrackingPass pass, AnswerLetterService letters, CancellationToken cancellationToken) =>
        {
            if (pass.Read(context) is not { } requestId)
            {
                return Results.Redirect("/privacy-center/track");
            }

            using var buffer = new MemoryStream();
            var culture = Infrastructure.LocalizationExtensions.SupportedCultures.Contains(lang) ? lang! : System.Globalization.CultureInfo.CurrentUICulture.Name;
            var reference = await letters.WritePdfForRequesterAsync(requestId, culture, buffer, cancellationToken);
            return reference is null ? Results.NotFound() : Results.File(buffer.ToArray(), "application/pdf", $"{reference}-answer.pdf");
        }).AllowAnonymous().WithMetadata(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(PrivacyCenterRateLimits.PolicyName));

        endpoints.MapPost(EndPath, (HttpContext context) =>
        {
            TrackingPass.End(context);
            return Results.LocalRedirect("/privacy-center");
        }).AllowAnonymous().RequireRateLimiting(PrivacyCenterRateLimits.PolicyName);
        return endpoints;
    }
}
