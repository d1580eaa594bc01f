using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>
/// The suite's JSON-LD object comparison: objects by keys, arrays as multisets except the values of <c>@list</c>,
/// numbers by value, language tags case-insensitively. Both sides are brought to one canonical text.
/// </summary>
internal static class JsonLdComparison
{
    public static string Canonical(JsonElement element)
    {
        var builder = new StringBuilder();
        Write(builder, element, ordered: false, key: null);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonElement element, bool ordered, string? key)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    builder.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Write(builder, property.Value, property.Name == "@list", property.Name);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                {
                    var items = element.EnumerateArray().Select(item =>
                    {
                        var inner = new StringBuilder();
                        Write(inner, item, ordered: false, key);
                        return inner.ToString();
                    }).ToList();
                    if (!ordered)
                    {
                        items.Sort(StringComparer.Ordinal);
                    }

                    builder.Append('[').AppendJoin(',', items).Append(']');
                    break;
                }

            case JsonValueKind.Number:
                builder.Append(element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                builder.Append(JsonSerializer.Serialize(key == "@language" ? text.ToLowerInvariant() : text));
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }
}
