using System.Text;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Tests.Json;

public sealed class JsonCanonicalizationTests
{
    [Fact]
    public void Object_keys_are_sorted_by_UTF_16_code_units_and_whitespace_removed()
    {
        var value = JsonTree.Parse(Encoding.UTF8.GetBytes("""{ "b": [1, 2.50, true, null], "a": {"z": "\u20ac", "\u00e9": "é"}, "A": "x" }"""), 64);

        var canonical = JsonCanonicalization.Serialize(value);

        Assert.Equal("""{"A":"x","a":{"z":"€","é":"é"},"b":[1,2.5,true,null]}""", canonical);
    }

    [Fact]
    public void Control_characters_use_the_short_escapes_or_lowercase_hex()
    {
        var canonical = JsonCanonicalization.Serialize("\b\t\n\f\r\"\\\u001f/");

        Assert.Equal("\"\\b\\t\\n\\f\\r\\\"\\\\\\u001f/\"", canonical);
    }
}
