using System.Numerics;

namespace Credence.Credentials.Keys;

/// <summary>SEC 1 §2.3.4 point decoding for NIST P-256, including decompression of the 33-byte compressed form Multikey uses.</summary>
/// <seealso href="https://www.secg.org/sec1-v2.pdf"/>
internal static class P256Point
{
    private static readonly BigInteger _p = BigInteger.Parse("115792089210356248762697446949407573530086143415290314195533631308867097853951", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly BigInteger _b = BigInteger.Parse("41058363725152142129326129780047268409114441015993725554835256314039467401291", System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryDecode(ReadOnlySpan<byte> encoded, out byte[] x, out byte[] y)
    {
        x = [];
        y = [];
        if (encoded.Length == 65 && encoded[0] == 0x04)
        {
            x = encoded[1..33].ToArray();
            y = encoded[33..].ToArray();
            return true;
        }

        if (encoded.Length != 33 || (encoded[0] != 0x02 && encoded[0] != 0x03))
        {
            return false;
        }

        var xValue = new BigInteger(encoded[1..], isUnsigned: true, isBigEndian: true);
        if (xValue >= _p)
        {
            return false;
        }

        // y² = x³ − 3x + b (mod p); p ≡ 3 (mod 4), so a square root is (y²)^((p + 1) / 4).
        var ySquared = (BigInteger.ModPow(xValue, 3, _p) - 3 * xValue + _b) % _p;
        if (ySquared.Sign < 0)
        {
            ySquared += _p;
        }

        var yValue = BigInteger.ModPow(ySquared, (_p + 1) / 4, _p);
        if (BigInteger.ModPow(yValue, 2, _p) != ySquared)
        {
            return false;
        }

        if ((yValue.IsEven ? 0 : 1) != (encoded[0] & 1))
        {
            yValue = _p - yValue;
        }

        x = encoded[1..].ToArray();
        y = ToFixed(yValue);
        return true;
    }

    private static byte[] ToFixed(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (bytes.Length == 32)
        {
            return bytes;
        }

        var padded = new byte[32];
        bytes.CopyTo(padded, 32 - bytes.Length);
        return padded;
    }
}
