using System.Buffers;
using System.Text;

namespace Credence.JsonLd.Rdf;

/// <summary>A growable UTF-8 byte buffer on pooled arrays; N-Quads serialization and RDFC-1.0 hashing write into it instead of concatenating strings.</summary>
internal sealed class Utf8Buffer : IDisposable
{
    private byte[] _buffer;

    public Utf8Buffer(int capacity = 256)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    public ReadOnlySpan<byte> Slice(int start, int length) => _buffer.AsSpan(start, length);

    public void Clear() => Length = 0;

    public void Truncate(int length) => Length = length;

    /// <summary>Makes room for <paramref name="additional"/> more bytes, so spans of this buffer stay valid while they are appended.</summary>
    public void EnsureCapacity(int additional)
    {
        if (Length + additional > _buffer.Length)
        {
            Grow(additional);
        }
    }

    public void Append(byte value)
    {
        if (Length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _buffer.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends the UTF-8 encoding of <paramref name="text"/> (lone surrogates become U+FFFD).</summary>
    public void AppendUtf8(ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (Length + max > _buffer.Length)
        {
            Grow(max);
        }

        Length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(Length));
    }

    public void AppendInt(int value)
    {
        if (Length + 11 > _buffer.Length)
        {
            Grow(11);
        }

        value.TryFormat(_buffer.AsSpan(Length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        Length += written;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        Length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(int needed)
    {
        var size = Math.Max(_buffer.Length * 2, Length + needed);
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, Length).CopyTo(bigger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = bigger;
    }
}
