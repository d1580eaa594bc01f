using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Credence.JsonLd.Json;

/// <summary>
/// The light internal JSON representation the algorithms work on: <c>null</c>, <see cref="string"/>, boxed
/// <see cref="double"/>, boxed <see cref="BigInteger"/> (integers between 2^53 and 10^21, kept exact), boxed
/// <see cref="bool"/>, <see cref="List{T}"/> of values and ordinal
/// <see cref="Dictionary{TKey,TValue}"/> for objects (insertion ordered).
/// </summary>
internal static class JsonTree
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static bool IsScalar(object? value) => value is string or double or bool or BigInteger;

    public static Dictionary<string, object?> NewObject(int capacity = 0) => new(capacity, StringComparer.Ordinal);

    public static object Box(bool value) => value ? True : False;

    /// <summary>Parses UTF-8 JSON text, enforcing the depth limit and rejecting invalid UTF-8 and non-finite numbers.</summary>
    public static object? Parse(ReadOnlySpan<byte> utf8Json, int maxDepth, bool rejectDuplicateNames = false)
    {
        // A UTF-8 byte order mark is allowed before the text (RFC 8259 §8.1 lets parsers ignore it).
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidJson, "The document is empty.");
            }

            var value = ReadValue(ref reader, rejectDuplicateNames);
            if (reader.Read())
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidJson, "The document has content after its top-level value.");
            }

            return value;
        }
        catch (JsonException ex)
        {
            if (reader.CurrentDepth >= maxDepth - 1)
            {
                throw new JsonLdException(JsonLdErrorCodes.MaxDepthExceeded, $"The document nests deeper than {maxDepth} levels.", ex);
            }

            throw new JsonLdException(JsonLdErrorCodes.InvalidJson, "The document is not well-formed UTF-8 JSON.", ex);
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new JsonLdException(JsonLdErrorCodes.MaxDepthExceeded, "The document nests too deeply to process.", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidJson, "The document is not well-formed UTF-8 JSON.", ex);
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, bool rejectDuplicateNames = false)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var map = NewObject();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = reader.GetString()!; // A property name token always has a string.
                        reader.Read();
                        var value = ReadValue(ref reader, rejectDuplicateNames);
                        if (!map.TryAdd(key, value))
                        {
                            if (rejectDuplicateNames)
                            {
                                throw new JsonLdException(JsonLdErrorCodes.InvalidJson, $"The property name \"{key}\" appears twice in one object.");
                            }

                            map[key] = value;
                        }
                    }

                    return map;
                }

            case JsonTokenType.StartArray:
                {
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        list.Add(ReadValue(ref reader, rejectDuplicateNames));
                    }

                    return list;
                }

            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw new JsonLdException(JsonLdErrorCodes.NumberOutOfRange, "A number is outside the range of an IEEE 754 double.");
                }

                return ExactInteger(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, number);
            case JsonTokenType.True:
                return True;
            case JsonTokenType.False:
                return False;
            default:
                return null;
        }
    }

    /// <summary>
    /// An integer written without fraction or exponent whose magnitude is between 2^53 and 10^21 is kept exact as a
    /// <see cref="BigInteger"/> (a double would round it, and toRdf writes integers below 10^21 digit for digit);
    /// every other number is its double.
    /// </summary>
    private static object ExactInteger(ReadOnlySpan<byte> text, double number)
    {
        var magnitude = Math.Abs(number);
        if (magnitude < 9007199254740992d || magnitude >= 1e21 || text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return number;
        }

        return BigInteger.Parse(Encoding.ASCII.GetString(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>Converts a <see cref="JsonElement"/> to the internal representation.</summary>
    public static object? FromElement(JsonElement element, int maxDepth, int depth = 0)
    {
        if (depth > maxDepth)
        {
            throw new JsonLdException(JsonLdErrorCodes.MaxDepthExceeded, $"The document nests deeper than {maxDepth} levels.");
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                {
                    var map = NewObject();
                    foreach (var property in element.EnumerateObject())
                    {
                        map[property.Name] = FromElement(property.Value, maxDepth, depth + 1);
                    }

                    return map;
                }

            case JsonValueKind.Array:
                {
                    var list = new List<object?>(element.GetArrayLength());
                    foreach (var item in element.EnumerateArray())
                    {
                        list.Add(FromElement(item, maxDepth, depth + 1));
                    }

                    return list;
                }

            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (!element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw new JsonLdException(JsonLdErrorCodes.NumberOutOfRange, "A number is outside the range of an IEEE 754 double.");
                }

                return ExactInteger(Encoding.UTF8.GetBytes(element.GetRawText()), number);
            case JsonValueKind.True:
                return True;
            case JsonValueKind.False:
                return False;
            default:
                return null;
        }
    }

    /// <summary>Converts the internal representation to a detached <see cref="JsonElement"/>.</summary>
    public static JsonElement ToElement(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            Write(writer, value);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan, new JsonReaderOptions { MaxDepth = 4096 });
        return JsonElement.ParseValue(ref reader);
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteRawValue(JsNumber.Format(d), skipInputValidation: true);
                break;
            case BigInteger integer:
                writer.WriteRawValue(integer.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Dictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException("Unexpected value in a JSON tree.");
        }
    }

    /// <summary>Deep equality with unordered object keys and ordered arrays.</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        switch (a)
        {
            case null:
                return b is null;
            case string s:
                return b is string t && string.Equals(s, t, StringComparison.Ordinal);
            case double d:
                return b is double e && d.Equals(e);
            case BigInteger integer:
                return b is BigInteger otherInteger && integer.Equals(otherInteger);
            case bool x:
                return b is bool y && x == y;
            case List<object?> list:
                {
                    if (b is not List<object?> other || other.Count != list.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < list.Count; i++)
                    {
                        if (!DeepEquals(list[i], other[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case Dictionary<string, object?> map:
                {
                    if (b is not Dictionary<string, object?> other || other.Count != map.Count)
                    {
                        return false;
                    }

                    foreach (var (key, item) in map)
                    {
                        if (!other.TryGetValue(key, out var otherItem) || !DeepEquals(item, otherItem))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            default:
                return false;
        }
    }

    /// <summary>Describes a value's JSON kind for error messages.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string => "a string",
        double d => "the number " + d.ToString(CultureInfo.InvariantCulture),
        BigInteger integer => "the number " + integer.ToString(CultureInfo.InvariantCulture),
        bool => "a boolean",
        List<object?> => "an array",
        _ => "an object",
    };

    public static string ToJsonText(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
