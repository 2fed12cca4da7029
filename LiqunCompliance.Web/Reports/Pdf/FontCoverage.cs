using System.Buffers.Binary;

namespace LiqunCompliance.Web.Reports.Pdf;

/// <summary>
/// Which code points a TrueType/OpenType font has glyphs for, read from its 'cmap' table (formats 4 and 12), so that a
/// character the bundled font lacks (an emoji in a nickname) can be drawn with a fallback font instead of an empty box.
/// </summary>
public sealed class FontCoverage
{
    private readonly HashSet<int> _codePoints;

    private FontCoverage(HashSet<int> codePoints) => _codePoints = codePoints;

    public int Count => _codePoints.Count;

    public bool Covers(int codePoint) => _codePoints.Contains(codePoint);

    /// <summary>Reads the cmap of a font file (a .ttf, or face 0 of a .ttc); an unreadable table covers nothing.</summary>
    public static FontCoverage Read(ReadOnlySpan<byte> font)
    {
        var points = new HashSet<int>();
        try
        {
            var offset = font.Length >= 12 && font[..4].SequenceEqual("ttcf"u8) ? (int)BinaryPrimitives.ReadUInt32BigEndian(font[12..]) : 0;
            var tables = BinaryPrimitives.ReadUInt16BigEndian(font[(offset + 4)..]);
            for (var i = 0; i < tables; i++)
            {
                var record = font[(offset + 12 + (i * 16))..];
                if (record[..4].SequenceEqual("cmap"u8))
                {
                    ReadCmap(font[(int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])..], points);
                    break;
                }
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // A truncated or odd table: whatever was read stands.
        }

        return new FontCoverage(points);
    }

    private static void ReadCmap(ReadOnlySpan<byte> cmap, HashSet<int> points)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < count; i++)
        {
            var subtable = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(4 + (i * 8) + 4)..])..];
            switch (BinaryPrimitives.ReadUInt16BigEndian(subtable))
            {
                case 4:
                    ReadFormat4(subtable, points);
                    break;
                case 12:
                    ReadFormat12(subtable, points);
                    break;
            }
        }
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, HashSet<int> points)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = table[(16 + (segments * 2))..];
        var deltas = table[(16 + (segments * 4))..];
        var rangeOffsets = table[(16 + (segments * 6))..];
        for (var s = 0; s < segments; s++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(ends[(s * 2)..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(starts[(s * 2)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(s * 2)..]);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(s * 2)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = (16 + (segments * 6) + (s * 2)) + rangeOffset + ((c - start) * 2);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    points.Add(c);
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, HashSet<int> points)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table[(16 + (g * 12))..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                points.Add(c);
            }
        }
    }
}
