using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Credence.JsonLd.Json;

/// <summary>
/// The light internal JSON representation the algorithms work on: <c>null</c>, <see cref="string"/>, boxed
/// <see cref="double"/>, boxed <see cref="bool"/>, <see cref="List{T}"/> of values and ordinal
/// <see cref="Dictionary{TKey,TValue}"/> for objects (insertion ordered).
/// </summary>
internal static class JsonTree
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static bool IsScalar(object? value) => value is string or double or bool;

    public static Dictionary<string, object?> NewObject(int capacity = 0) => new(capacity, StringComparer.Ordinal);

    public static object Box(bool value) => value ? True : False;

    /// <summary>Parses UTF-8 JSON text, enforcing the depth limit and rejecting invalid UTF-8 and non-finite numbers.</summary>
    public static object? Parse(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidJson, "The document is empty.");
            }

            var value = ReadValue(ref reader);
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

    private static object? ReadValue(ref Utf8JsonReader reader)
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
                        map[key] = ReadValue(ref reader);
                    }

                    return map;
                }

            case JsonTokenType.StartArray:
                {
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        list.Add(ReadValue(ref reader));
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

                return number;
            case JsonTokenType.True:
                return True;
            case JsonTokenType.False:
                return False;
            default:
                return null;
        }
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

                return number;
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

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 4096 });
        return document.RootElement.Clone();
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
