using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using BenchmarkDotNet.Attributes;
using Credence.Credentials.Baking;

namespace Credence.Benchmarks;

/// <summary>Baking a credential into a 256×256 RGBA PNG (about 80 KB, like the 1EdTech fixtures) and an SVG badge, and extracting it again.</summary>
[MemoryDiagnoser]
public class BadgeBakingBenchmarks
{
    private byte[] _png = null!;
    private byte[] _bakedPng = null!;
    private byte[] _svg = null!;
    private byte[] _bakedSvg = null!;

    [GlobalSetup]
    public void Setup()
    {
        _png = CreatePng(256, 256);
        _bakedPng = BadgeBaker.Bake(_png, TypicalCredential.Json).Image!;
        _svg = Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><circle cx="256" cy="256" r="200" fill="#1f6feb"/><text x="256" y="270" text-anchor="middle">Welding</text></svg>""");
        _bakedSvg = BadgeBaker.Bake(_svg, TypicalCredential.Json).Image!;
    }

    [Benchmark]
    public int BakePng() => BadgeBaker.Bake(_png, TypicalCredential.Json).Image!.Length;

    [Benchmark]
    public int UnbakePng() => BadgeBaker.Unbake(_bakedPng).Credential!.Length;

    [Benchmark]
    public int BakeSvg() => BadgeBaker.Bake(_svg, TypicalCredential.Json).Image!.Length;

    [Benchmark]
    public int UnbakeSvg() => BadgeBaker.Unbake(_bakedSvg).Credential!.Length;

    private static byte[] CreatePng(int width, int height)
    {
        // Noisy pixels from a fixed linear congruential sequence, so the image compresses like a real badge.
        var raw = new byte[height * (1 + width * 4)];
        uint state = 12345;
        for (var i = 0; i < raw.Length; i++)
        {
            state = state * 1664525 + 1013904223;
            raw[i] = i % (1 + width * 4) == 0 ? (byte)0 : (byte)(state >> 24 & 0x3F);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var chunk = new byte[data.Length + 12];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(data.Length + 8), Crc32.HashToUInt32(chunk.AsSpan(4, data.Length + 4)));
        output.Write(chunk);
    }
}
