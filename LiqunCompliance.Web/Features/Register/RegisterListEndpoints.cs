using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Register;

/// <summary>
/// Downloads of the two lists. Published versions are public (users may keep what they were shown):
/// GET /privacy-policy/lists.xlsx|pdf?version=3&amp;culture=en-US. The unpublished draft needs the register policy:
/// GET /register/lists/draft.xlsx|pdf.
/// </summary>
public static class RegisterListEndpoints
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string PublishedLink(string extension, int? version, string culture) =>
        $"/privacy-policy/lists.{extension}?culture={Uri.EscapeDataString(culture)}" + (version is { } v ? $"&version={v}" : string.Empty);

    public static string DraftLink(string extension, string culture) => $"/register/lists/draft.{extension}?culture={Uri.EscapeDataString(culture)}";

    public static IEndpointRouteBuilder MapRegisterLists(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy-policy/lists.{format:regex(^(xlsx|pdf)$)}", async (
            string format, int? version, PublishedListService lists, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        {
            var snapshot = await lists.PublishedAsync(version, cancellationToken);
            return snapshot is null ? Results.NotFound() : Write(snapshot, format, text);
        }).AllowAnonymous();

        endpoints.MapGet("/register/lists/draft.{format:regex(^(xlsx|pdf)$)}", async (
            string format, PublishedListService lists, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
            Write(await lists.DraftAsync(cancellationToken), format, text)).RequireAuthorization(AccessPolicies.ViewRegister);
        return endpoints;
    }

    private static IResult Write(RegisterListSnapshot snapshot, string format, IStringLocalizer<SharedResource> text)
    {
        using var buffer = new MemoryStream();
        if (format == "pdf")
        {
            RegisterListExport.WritePdf(snapshot, text, buffer);
            return Results.File(buffer.ToArray(), "application/pdf", RegisterListExport.FileName(snapshot, "pdf"));
        }

        RegisterListExport.WriteExcel(snapshot, text, buffer);
        return Results.File(buffer.ToArray(), ExcelContentType, RegisterListExport.FileName(snapshot, "xlsx"));
    }
}
