using PdfSharp.Fonts;

namespace LiqunCompliance.Web.Reports.Pdf;

/// <summary>
/// Serves the bundled WenQuanYi Micro Hei (TrueType, Apache-2.0; face 0 of Debian's fonts-wqy-microhei TTC) to PDFsharp,
/// so PDFs render Chinese on a machine with no font installed. Bold is simulated. For characters it lacks (emoji,
/// rare symbols) it serves Symbola when the machine has it (Debian's fonts-symbola), as the fallback family.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    public const string FamilyName = "WenQuanYi Micro Hei";
    public const string FallbackFamilyName = "Symbola";
    private const string FaceName = "wqy-microhei";
    private const string FallbackFaceName = "symbola";

    private const string Resource = "LiqunCompliance.Web.Reports.Fonts.wqy-microhei.ttf";

    private static readonly Lazy<byte[]> Font = new(() =>
    {
        using var stream = typeof(BundledFontResolver).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The bundled PDF font is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Where Debian's fonts-symbola puts the font.</summary>
    private static readonly string[] FallbackPaths =
    [
        "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
        "/usr/share/fonts/truetype/ancient-scripts/Symbola.ttf",
        "/usr/share/fonts/truetype/symbola/Symbola.ttf",
    ];

    private static readonly Lazy<byte[]?> Fallback = new(() => FallbackPaths.FirstOrDefault(File.Exists) is { } path ? File.ReadAllBytes(path) : null);

    private static readonly Lazy<FontCoverage> MainCoverage = new(() => FontCoverage.Read(Font.Value));

    private static readonly Lazy<FontCoverage?> FallbackCoverage = new(() => Fallback.Value is { } bytes ? FontCoverage.Read(bytes) : null);

    /// <summary>Whether the fallback font is on this machine.</summary>
    public static bool HasFallback => Fallback.Value is not null;

    /// <summary>True when the bundled font cannot draw the code point but the fallback can.</summary>
    public static bool NeedsFallback(int codePoint) =>
        !MainCoverage.Value.Covers(codePoint) && FallbackCoverage.Value is { } fallback && fallback.Covers(codePoint);

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
        new(familyName == FallbackFamilyName && HasFallback ? FallbackFaceName : FaceName, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName == FallbackFaceName ? Fallback.Value ?? Font.Value : Font.Value;
}
