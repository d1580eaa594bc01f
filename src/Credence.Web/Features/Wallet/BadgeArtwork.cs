using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Credence.Web.Features.Wallet;

/// <summary>The badge image a credential is baked into when its microcredential has none of its own: a medal in a colour taken from the
/// microcredential's id, as SVG (with its title and issuer written on it) or as PNG (256 × 256, written by hand: no imaging library).</summary>
internal static class BadgeArtwork
{
    private const int Size = 256;
    private const int MaxLineLength = 18;

    /// <summary>An SVG badge naming the microcredential and its issuer.</summary>
    public static byte[] Svg(string seed, string title, string issuer)
    {
        var (r, g, b) = Colour(seed);
        var colour = string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
        XNamespace svg = "http://www.w3.org/2000/svg";
        var lines = Wrap(title, MaxLineLength, 3);
        var firstLineY = 112 - ((lines.Count - 1) * 11);
        var document = new XElement(svg + "svg",
            new XAttribute("width", Size), new XAttribute("height", Size), new XAttribute("viewBox", $"0 0 {Size} {Size}"),
            new XAttribute("role", "img"), new XAttribute("aria-label", $"{title} — {issuer}"),
            new XElement(svg + "title", $"{title} — {issuer}"),
            new XElement(svg + "path", new XAttribute("d", "M84 170 L64 250 L96 232 L112 254 L124 178 Z"), new XAttribute("fill", colour)),
            new XElement(svg + "path", new XAttribute("d", "M172 170 L192 250 L160 232 L144 254 L132 178 Z"), new XAttribute("fill", colour)),
            new XElement(svg + "circle", new XAttribute("cx", 128), new XAttribute("cy", 112), new XAttribute("r", 104), new XAttribute("fill", colour)),
            new XElement(svg + "circle", new XAttribute("cx", 128), new XAttribute("cy", 112), new XAttribute("r", 88), new XAttribute("fill", "#ffffff")),
            lines.Select((line, i) => new XElement(svg + "text",
                new XAttribute("x", 128), new XAttribute("y", firstLineY + (i * 22)), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-family", "system-ui, sans-serif"), new XAttribute("font-size", 18), new XAttribute("font-weight", 700),
                new XAttribute("fill", "#1b1f24"), line)),
            new XElement(svg + "text",
                new XAttribute("x", 128), new XAttribute("y", firstLineY + (lines.Count * 22) + 6), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-family", "system-ui, sans-serif"), new XAttribute("font-size", 11), new XAttribute("fill", "#4a5360"),
                Wrap(issuer, 28, 1)[0]));
        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>A PNG medal (ribbons, a coloured ring, a white centre, a star), 256 × 256 RGBA.</summary>
    public static byte[] Png(string seed)
    {
        var (r, g, b) = Colour(seed);
        var raw = new byte[Size * ((Size * 4) + 1)];
        for (var y = 0; y < Size; y++)
        {
            var row = y * ((Size * 4) + 1);
            raw[row] = 0; // filter type None
            for (var x = 0; x < Size; x++)
            {
                var (pr, pg, pb, pa) = Pixel(x, y, r, g, b);
                var at = row + 1 + (x * 4);
                raw[at] = pr;
                raw[at + 1] = pg;
                raw[at + 2] = pb;
                raw[at + 3] = pa;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Size);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type RGBA
        WriteChunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            WriteChunk(png, "IDAT", compressed.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static (byte R, byte G, byte B, byte A) Pixel(int x, int y, byte r, byte g, byte b)
    {
        double dx = x - 128, dy = y - 112;
        var distance = Math.Sqrt((dx * dx) + (dy * dy));
        if (distance <= 88)
        {
            return InStar(dx, dy) ? (r, g, b, (byte)255) : ((byte)255, (byte)255, (byte)255, (byte)255);
        }

        if (distance <= 104)
        {
            return (r, g, b, (byte)255);
        }

        // Two ribbons below the medal.
        var inLeft = y >= 170 && y <= 250 && x >= 64 + ((250 - y) / 4) && x <= 124 - ((y - 170) / 5);
        var inRight = y >= 170 && y <= 250 && x <= 192 - ((250 - y) / 4) && x >= 132 + ((y - 170) / 5);
        return inLeft || inRight ? (Darken(r), Darken(g), Darken(b), (byte)255) : ((byte)0, (byte)0, (byte)0, (byte)0);
    }

    // A five-pointed star of radius 56 around the centre, by the angle of the point against the star's outline.
    private static bool InStar(double dx, double dy)
    {
        var angle = Math.Atan2(dx, -dy);
        var sector = Math.PI / 5;
        var local = Math.Abs((((angle % (2 * sector)) + (2 * sector)) % (2 * sector)) - sector) / sector; // 0 at a point, 1 between points
        var radius = 56 - (34 * local);
        return Math.Sqrt((dx * dx) + (dy * dy)) <= radius;
    }

    private static byte Darken(byte value) => (byte)(value * 3 / 4);

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, crc.GetCurrentHashAsUInt32());
        png.Write(checksum);
    }

    // A deep colour (dark enough for white text beside it and 3:1 against white) picked by the seed's hash.
    private static (byte R, byte G, byte B) Colour(string seed)
    {
        (byte, byte, byte)[] palette = [(0x0b, 0x5c, 0xad), (0x1a, 0x7f, 0x37), (0x8a, 0x3f, 0xa8), (0xa4, 0x00, 0x1d), (0x8a, 0x5a, 0x00), (0x00, 0x6d, 0x77)];
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return palette[hash[0] % palette.Length];
    }

    private static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = lines[^1].TrimEnd() + "…";
        }

        return lines.Select(l => l.Length > width + 4 ? l[..(width + 3)] + "…" : l).ToList();
    }
}
