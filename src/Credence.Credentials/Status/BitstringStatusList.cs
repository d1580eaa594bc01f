using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Status;

/// <summary>A Bitstring Status List: one fixed-width status per credential, index 0 in the most significant bit of the first byte,
/// published GZIP-compressed as multibase base64url (<c>u…</c>).</summary>
/// <seealso href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-encoding"/>
public sealed class BitstringStatusList
{
    /// <summary>The minimum number of entries (16 KiB of bits), so that a single status cannot be singled out by the list's size.</summary>
    public const int MinimumLength = 131_072;

    // A decoded list larger than this (16 MiB, 134 million 1-bit entries) is treated as a compression bomb.
    private const int MaxDecodedBytes = 16 * 1024 * 1024;

    private readonly byte[] _bits;

    /// <summary>Initializes a new instance of the <see cref="BitstringStatusList"/> class with every status 0.</summary>
    /// <param name="length">The number of entries; at least <see cref="MinimumLength"/>, and a multiple of 8 / <paramref name="statusSize"/> entries.</param>
    /// <param name="statusSize">The bits per status (1 for revocation and suspension; up to 8 for status messages).</param>
    /// <exception cref="ArgumentOutOfRangeException">The length or status size is out of range.</exception>
    public BitstringStatusList(int length = MinimumLength, int statusSize = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, MinimumLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusSize, 8);
        var bits = (long)length * statusSize;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, (long)MaxDecodedBytes * 8, nameof(length));
        Length = length;
        StatusSize = statusSize;
        _bits = new byte[(bits + 7) / 8];
    }

    private BitstringStatusList(byte[] bits, int statusSize)
    {
        _bits = bits;
        StatusSize = statusSize;
        Length = (int)((long)bits.Length * 8 / statusSize);
    }

    /// <summary>Gets the number of entries.</summary>
    public int Length { get; }

    /// <summary>Gets the bits per status.</summary>
    public int StatusSize { get; }

    /// <summary>Reads the status at <paramref name="index"/>.</summary>
    /// <param name="index">The entry index.</param>
    /// <returns>The status value (0 = not revoked / not suspended).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public int Get(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
        var value = 0;
        var first = (long)index * StatusSize;
        for (var bit = first; bit < first + StatusSize; bit++)
        {
            value = (value << 1) | ((_bits[bit >> 3] >> (7 - (int)(bit & 7))) & 1);
        }

        return value;
    }

    /// <summary>Writes the status at <paramref name="index"/>.</summary>
    /// <param name="index">The entry index.</param>
    /// <param name="value">The status value, below 2^<see cref="StatusSize"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> or <paramref name="value"/> is out of range.</exception>
    public void Set(int index, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, 1 << StatusSize);
        var first = (long)index * StatusSize;
        for (var i = 0; i < StatusSize; i++)
        {
            var bit = first + i;
            var mask = (byte)(1 << (7 - (int)(bit & 7)));
            var on = ((value >> (StatusSize - 1 - i)) & 1) == 1;
            _bits[bit >> 3] = on ? (byte)(_bits[bit >> 3] | mask) : (byte)(_bits[bit >> 3] & ~mask);
        }
    }

    /// <summary>Encodes the list as the <c>encodedList</c> value: <c>u</c> + base64url (no padding) of the GZIP-compressed bits.</summary>
    /// <returns>The encoded list.</returns>
    public string Encode()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(_bits);
        }

        return "u" + Base64Url.EncodeToString(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
    }

    /// <summary>Decodes an <c>encodedList</c> value.</summary>
    /// <param name="encodedList">The value, <c>u…</c>.</param>
    /// <param name="statusSize">The bits per status.</param>
    /// <param name="list">The list on success.</param>
    /// <param name="errorCode"><c>MALFORMED_VALUE_ERROR</c> or <c>STATUS_LIST_LENGTH_ERROR</c> on failure.</param>
    /// <returns><see langword="true"/> when the value is a valid list of at least <see cref="MinimumLength"/> entries.</returns>
    public static bool TryDecode(string? encodedList, int statusSize, [NotNullWhen(true)] out BitstringStatusList? list, [NotNullWhen(false)] out string? errorCode)
    {
        list = null;
        errorCode = VerificationCodes.StatusMalformedValue;
        if (string.IsNullOrEmpty(encodedList) || encodedList[0] != 'u' || statusSize is < 1 or > 8 || encodedList.Length > MaxDecodedBytes)
        {
            return false;
        }

        byte[] compressed;
        try
        {
            compressed = Base64Url.DecodeFromChars(encodedList.AsSpan(1));
        }
        catch (FormatException)
        {
            return false;
        }

        byte[] bits;
        try
        {
            using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxDecodedBytes)
                {
                    return false;
                }

                output.Write(buffer, 0, read);
            }

            bits = output.ToArray();
        }
        catch (InvalidDataException)
        {
            return false;
        }

        if ((long)bits.Length * 8 / statusSize < MinimumLength)
        {
            errorCode = VerificationCodes.StatusListLengthError;
            return false;
        }

        list = new BitstringStatusList(bits, statusSize);
        errorCode = null;
        return true;
    }
}
