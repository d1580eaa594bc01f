using System.Diagnostics.CodeAnalysis;

namespace Credence.Credentials.Cryptosuites.EcdsaSd2023;

/// <summary>
/// Reads the few CBOR (RFC 8949) items an ecdsa-sd-2023 proof value is made of: unsigned integers, byte strings, arrays and
/// maps of definite length. Anything else, or a length past the end of the input, ends the read with <see langword="false"/>.
/// </summary>
internal ref struct CborItemReader(ReadOnlySpan<byte> data)
{
    private const int MaxCount = 1 << 20;

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position == _data.Length;

    public bool TryReadArrayLength(out int count) => TryReadCount(4, out count);

    public bool TryReadMapLength(out int count) => TryReadCount(5, out count);

    public bool TryReadUnsigned(out ulong value) => TryReadHead(0, out value);

    public bool TryReadBytes([NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (!TryReadCount(2, out var length) || length > _data.Length - _position)
        {
            return false;
        }

        bytes = _data.Slice(_position, length).ToArray();
        _position += length;
        return true;
    }

    private bool TryReadCount(int majorType, out int count)
    {
        count = 0;
        if (!TryReadHead(majorType, out var value) || value > MaxCount)
        {
            return false;
        }

        count = (int)value;
        return true;
    }

    // RFC 8949 §3: the initial byte's high three bits are the major type, the low five the argument or its size.
    private bool TryReadHead(int majorType, out ulong value)
    {
        value = 0;
        if (_position >= _data.Length || _data[_position] >> 5 != majorType)
        {
            return false;
        }

        var additional = _data[_position++] & 0x1F;
        if (additional < 24)
        {
            value = (ulong)additional;
            return true;
        }

        var size = additional switch { 24 => 1, 25 => 2, 26 => 4, 27 => 8, _ => 0 };
        if (size == 0 || size > _data.Length - _position)
        {
            return false; // indefinite lengths and reserved values are not used in proof values
        }

        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | _data[_position++];
        }

        return true;
    }
}
