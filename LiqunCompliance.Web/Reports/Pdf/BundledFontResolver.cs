using PdfSharp.Fonts;

namespace LiqunCompliance.Web.Reports.Pdf;

/// <summary>
/// Serves the bundled WenQuanYi Micro Hei (TrueType, Apache-2.0; face 0 of Debian's fonts-wqy-microhei TTC) to PDFsharp,
/// so PDFs render Chinese on a machine with no font installed. Bold is simulated.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    public const string FamilyName = "WenQuanYi Micro Hei";
    private const string FaceName = "wqy-microhei";
    private const string Resource = "LiqunCompliance.Web.Reports.Fonts.wqy-microhei.ttf";

    private static readonly Lazy<byte[]> Font = new(() =>
    {
        using var stream = typeof(BundledFontResolver).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The bundled PDF font is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private static readonly Lock Gate = new();

    /// <summary>PDFsharp's font resolver is process-wide; set it once.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not BundledFontResolver)
            {
                GlobalFontSettings.FontResolver = new BundledFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FaceName, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => Font.Value;
}
