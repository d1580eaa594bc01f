using System.Text;

namespace Credence.JsonLd.Tests;

/// <summary>The public RFC 8785 façade: canonical text, and I-JSON's rules enforced on the input.</summary>
public sealed class JsonCanonicalizerTests
{
    [Theory]
    [InlineData("""{ "b": 1, "a": [true, null, "x"] }""", """{"a":[true,null,"x"],"b":1}""")] // names sorted, whitespace dropped
    [InlineData("""{"€": 1, "\r": 2, "ö": 3}""", """{"\r":2,"ö":3,"€":1}""")] // sorted by UTF-16 code units
    [InlineData("""[1.0, 1e21, 0.000001, -0]""", """[1,1e+21,0.000001,0]""")] // numbers as ECMAScript writes them
    [InlineData("""["\u00e9\u001f\/"]""", "[\"é\\u001f/\"]")] // only the mandatory escapes
    public void Canonicalize_gives_the_rfc_8785_serialization(string json, string canonical) =>
        Assert.Equal(canonical, JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"a": 1, "a": 2}""")] // a repeated name: I-JSON forbids it
    [InlineData("""{"a": 1""")] // not well-formed
    [InlineData("""["\ud800"]""")] // a lone surrogate
    public void Canonicalize_refuses_input_that_is_not_i_json(string json)
    {
        var exception = Assert.Throws<JsonLdException>(() => JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(JsonLdErrorCodes.InvalidJson, exception.Code);
    }
}
