using System.Globalization;
using System.Text;

namespace Credence.JsonLd.Json;

/// <summary>RFC 8785 JSON Canonicalization Scheme: the lexical form of <c>@json</c> literals.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc8785"/>
internal static class JsonCanonicalization
{
    public static string Serialize(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                // 3.2.2.3: numbers are serialized as ECMAScript does.
                builder.Append(JsNumber.Format(d));
                break;
            case string s:
                WriteString(builder, s);
                break;
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, list[i]);
                }

                builder.Append(']');
                break;
            case Dictionary<string, object?> map:
                {
                    // 3.2.3: properties are sorted by their names as arrays of UTF-16 code units.
                    var keys = new string[map.Count];
                    map.Keys.CopyTo(keys, 0);
                    Array.Sort(keys, StringComparer.Ordinal);
                    builder.Append('{');
                    for (var i = 0; i < keys.Length; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(',');
                        }

                        WriteString(builder, keys[i]);
                        builder.Append(':');
                        Write(builder, map[keys[i]]);
                    }

                    builder.Append('}');
                    break;
                }

            default:
                throw new InvalidOperationException("Unexpected value in a JSON tree.");
        }
    }

    // 3.2.2.2: only the mandatory escapes, with the short forms where JSON has them.
    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
