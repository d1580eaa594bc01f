namespace Credence.Credentials.Keys;

/// <summary>The Bitcoin base58 alphabet, as multibase <c>base58btc</c> (prefix <c>z</c>) uses it.</summary>
/// <seealso href="https://datatracker.ietf.org/doc/html/draft-msporny-base58-03"/>
internal static class Base58Btc
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly sbyte[] _values = BuildValues();

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // log(256) / log(58) ≈ 1.37: the base58 form is at most 138% of the input length.
        var digits = new byte[(data.Length - zeros) * 138 / 100 + 1];
        var length = 0;
        for (var i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            var j = 0;
            for (var k = digits.Length - 1; (carry != 0 || j < length) && k >= 0; k--, j++)
            {
                carry += 256 * digits[k];
                digits[k] = (byte)(carry % 58);
                carry /= 58;
            }

            length = j;
        }

        var start = digits.Length - length;
        return string.Create(zeros + length, (zeros, digits, start), static (span, state) =>
        {
            span[..state.zeros].Fill('1');
            for (var i = 0; i < span.Length - state.zeros; i++)
            {
                span[state.zeros + i] = Alphabet[state.digits[state.start + i]];
            }
        });
    }

    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] data)
    {
        data = [];
        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        // log(58) / log(256) ≈ 0.733.
        var bytes = new byte[(text.Length - zeros) * 733 / 1000 + 1];
        var length = 0;
        for (var i = zeros; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128 || _values[c] < 0)
            {
                return false;
            }

            int carry = _values[c];
            var j = 0;
            for (var k = bytes.Length - 1; (carry != 0 || j < length) && k >= 0; k--, j++)
            {
                carry += 58 * bytes[k];
                bytes[k] = (byte)(carry & 0xff);
                carry >>= 8;
            }

            length = j;
        }

        data = new byte[zeros + length];
        bytes.AsSpan(bytes.Length - length).CopyTo(data.AsSpan(zeros));
        return true;
    }

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
