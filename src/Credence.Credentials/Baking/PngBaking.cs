using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Baking;

/// <summary>PNG baking: the credential in an uncompressed <c>iTXt</c> chunk with keyword <c>openbadgecredential</c>, written before <c>IEND</c>.</summary>
/// <seealso href="https://www.w3.org/TR/png-3/#11iTXt"/>
internal static class PngBaking
{
    private const string Keyword = "openbadgecredential";
    private const int MaxTextBytes = 16 * 1024 * 1024;

    private static readonly byte[] _signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(ReadOnlySpan<byte> image) => image.StartsWith(_signature);

    public static BakeResult Bake(byte[] image, string credential)
    {
        if (!TryReadChunks(image, out var chunks, out var problem))
        {
            return new BakeResult(null, problem);
        }

        var text = Encoding.UTF8.GetBytes(credential);
        var keyword = Encoding.Latin1.GetBytes(Keyword);

        // iTXt: keyword, NUL, compression flag 0, compression method 0, empty language tag, NUL, empty translated keyword, NUL, text.
        var data = new byte[keyword.Length + 5 + text.Length];
        keyword.CopyTo(data, 0);
        text.CopyTo(data, keyword.Length + 5);

        using var output = new MemoryStream(image.Length + data.Length + 12);
        output.Write(_signature);
        foreach (var chunk in chunks)
        {
            if (chunk.Type == "IEND")
            {
                WriteChunk(output, "iTXt", data);
            }

            if (!IsCredentialChunk(image, chunk))
            {
                output.Write(image, chunk.Offset, chunk.TotalLength);
            }
        }

        return new BakeResult(output.ToArray(), null);
    }

    public static UnbakeResult Extract(byte[] image)
    {
        if (!TryReadChunks(image, out var chunks, out var problem))
        {
            return new UnbakeResult(null, false, problem);
        }

        var found = chunks.Where(c => IsCredentialChunk(image, c)).ToList();
        if (found.Count == 0)
        {
            return UnbakeResult.Failed(VerificationCodes.BakeNoCredential, "The PNG has no iTXt chunk with keyword openbadgecredential.");
        }

        if (found.Count > 1)
        {
            return UnbakeResult.Failed(VerificationCodes.BakeMultipleCredentials, "The PNG has more than one openbadgecredential chunk.");
        }

        return ReadText(image.AsSpan(found[0].DataOffset, found[0].Length));
    }

    private static UnbakeResult ReadText(ReadOnlySpan<byte> data)
    {
        // Skip keyword and NUL; then compression flag and method; then language tag and translated keyword, each NUL-terminated.
        var rest = data[(Keyword.Length + 1)..];
        if (rest.Length < 2)
        {
            return UnbakeResult.Failed(VerificationCodes.BakePngInvalid, "The iTXt chunk is truncated.");
        }

        var compressed = rest[0] == 1;
        if (rest[0] > 1 || rest[1] != 0)
        {
            return UnbakeResult.Failed(VerificationCodes.BakePngInvalid, "The iTXt chunk has an unknown compression flag or method.");
        }

        rest = rest[2..];
        for (var field = 0; field < 2; field++)
        {
            var end = rest.IndexOf((byte)0);
            if (end < 0)
            {
                return UnbakeResult.Failed(VerificationCodes.BakePngInvalid, "The iTXt chunk is truncated.");
            }

            rest = rest[(end + 1)..];
        }

        byte[] text;
        if (compressed)
        {
            // Note: OB 3.0 bakes uncompressed; a compressed chunk from another tool is still read, within a size limit.
            if (!TryInflate(rest, out text))
            {
                return UnbakeResult.Failed(VerificationCodes.BakePngInvalid, "The compressed iTXt text is corrupt or too large.");
            }
        }
        else
        {
            text = rest.ToArray();
        }

        try
        {
            return new UnbakeResult(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(text), false, null);
        }
        catch (DecoderFallbackException)
        {
            return UnbakeResult.Failed(VerificationCodes.BakeInvalidPayload, "The baked text is not UTF-8.");
        }
    }

    private static bool TryInflate(ReadOnlySpan<byte> data, out byte[] text)
    {
        text = [];
        try
        {
            using var input = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxTextBytes)
                {
                    return false;
                }

                output.Write(buffer, 0, read);
            }

            text = output.ToArray();
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsCredentialChunk(byte[] image, Chunk chunk)
    {
        if (chunk.Type != "iTXt" || chunk.Length <= Keyword.Length)
        {
            return false;
        }

        var data = image.AsSpan(chunk.DataOffset, chunk.Length);
        return data[Keyword.Length] == 0 && Encoding.Latin1.GetString(data[..Keyword.Length]) == Keyword;
    }

    private static bool TryReadChunks(byte[] image, out List<Chunk> chunks, out Check? problem)
    {
        chunks = [];
        problem = null;
        var offset = _signature.Length;
        while (offset < image.Length)
        {
            if (image.Length - offset < 12)
            {
                problem = Check.Failed(VerificationCodes.BakePngInvalid, $"The PNG is truncated at byte {offset}.");
                return false;
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(image.AsSpan(offset));
            var typeBytes = image.AsSpan(offset + 4, 4);
            if (length > int.MaxValue || length > (uint)(image.Length - offset - 12))
            {
                problem = Check.Failed(VerificationCodes.BakePngInvalid, $"A chunk at byte {offset} claims {length} bytes, more than the file holds.");
                return false;
            }

            foreach (var b in typeBytes)
            {
                if (!char.IsAsciiLetter((char)b))
                {
                    problem = Check.Failed(VerificationCodes.BakePngInvalid, $"The chunk at byte {offset} has an invalid type.");
                    return false;
                }
            }

            var chunk = new Chunk(Encoding.ASCII.GetString(typeBytes), offset, (int)length);
            var expected = BinaryPrimitives.ReadUInt32BigEndian(image.AsSpan(chunk.DataOffset + chunk.Length));
            if (Crc32.HashToUInt32(image.AsSpan(offset + 4, chunk.Length + 4)) != expected)
            {
                problem = Check.Failed(VerificationCodes.BakePngCrc, $"The {chunk.Type} chunk at byte {offset} fails its CRC.");
                return false;
            }

            if (chunks.Count == 0 && chunk.Type != "IHDR")
            {
                problem = Check.Failed(VerificationCodes.BakePngInvalid, "The PNG does not start with an IHDR chunk.");
                return false;
            }

            chunks.Add(chunk);
            offset += chunk.TotalLength;
            if (chunk.Type == "IEND")
            {
                return true;
            }
        }

        problem = Check.Failed(VerificationCodes.BakePngInvalid, "The PNG has no IEND chunk.");
        return false;
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, header[4..]);
        var crc = new Crc32();
        crc.Append(header[4..]);
        crc.Append(data);
        output.Write(header);
        output.Write(data);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, crc.GetCurrentHashAsUInt32());
        output.Write(checksum);
    }

    private readonly record struct Chunk(string Type, int Offset, int Length)
    {
        public int DataOffset => Offset + 8;

        public int TotalLength => Length + 12;
    }
}
