using System.Globalization;
using System.Text;

namespace Credence.JsonLd.Json;

/// <summary>Formats doubles as ECMAScript <c>Number.prototype.toString</c> does (ECMA-262 §6.1.6.1.20), which RFC 8785 requires.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc8785#section-3.2.2.3"/>
internal static class JsNumber
{
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (!double.IsFinite(value))
        {
            throw new JsonLdException(JsonLdErrorCodes.NumberOutOfRange, "A number is not finite.");
        }

        if (Math.Abs(value) < 1e21 && value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        // The shortest round-trip digits k and the decimal exponent n such that value = 0.digits × 10^n.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, n) = Decompose(shortest);
        var k = digits.Length;
        var builder = new StringBuilder(32);
        if (value < 0)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Splits .NET's shortest round-trip text ("1.5E-07", "123.45") into significant digits and the exponent n.</summary>
    private static (string Digits, int N) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = text;
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = text[..e];
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fractionPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var all = integerPart + fractionPart;
        var n = integerPart.Length + exponent;
        var start = 0;
        while (start < all.Length - 1 && all[start] == '0')
        {
            start++;
            n--;
        }

        var end = all.Length;
        while (end > start + 1 && all[end - 1] == '0')
        {
            end--;
        }

        return (all[start..end], n);
    }
}
