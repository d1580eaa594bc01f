using Credence.JsonLd.ToRdf;

namespace Credence.JsonLd.Tests.ToRdf;

public sealed class ObjectToRdfConversionTests
{
    [Theory]
    [InlineData(5.3, "5.3E0")] // the example
    [InlineData(1.1, "1.1E0")] // one fraction digit
    [InlineData(1e21, "1.0E21")] // an integral double keeps ".0"
    [InlineData(0.5, "5.0E-1")] // a negative exponent
    [InlineData(-123.456, "-1.23456E2")] // a negative value
    [InlineData(0d, "0.0E0")] // zero
    public void Doubles_get_the_canonical_xsd_double_form(double value, string expected)
    {
        var lexical = ObjectToRdfConversion.CanonicalDouble(value);

        Assert.Equal(expected, lexical);
    }

    [Theory]
    [InlineData(10d, "10")] // a small integer
    [InlineData(-7d, "-7")] // a negative integer
    [InlineData(1e20, "100000000000000000000")] // a large integer below 10^21 has all digits
    public void Integers_get_the_canonical_xsd_integer_form(double value, string expected)
    {
        var lexical = ObjectToRdfConversion.CanonicalInteger(value);

        Assert.Equal(expected, lexical);
    }

    [Theory]
    [InlineData("""{"@id": "https://example.test/a", "https://example.test/p": 5.3}""", "\"5.3E0\"^^<http://www.w3.org/2001/XMLSchema#double>")] // a fractional number is a double
    [InlineData("""{"@id": "https://example.test/a", "https://example.test/p": 5.0}""", "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")] // 5.0 is the number 5
    [InlineData("""{"@id": "https://example.test/a", "https://example.test/p": true}""", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")] // a boolean
    [InlineData("""{"@id": "https://example.test/a", "https://example.test/p": 12345678901234567890}""", "\"12345678901234567890\"^^<http://www.w3.org/2001/XMLSchema#integer>")] // an integer beyond 2^53 keeps its digits
    [InlineData("""{"@id": "https://example.test/a", "https://example.test/p": 1e-7}""", "\"1.0E-7\"^^<http://www.w3.org/2001/XMLSchema#double>")] // a small double stays a double (jsonld.js writes "0")
    [InlineData("""{"@id": "https://example.test/a", "https://example.test/p": 1234567890123456789012}""", "\"1.234567890123457E21\"^^<http://www.w3.org/2001/XMLSchema#double>")] // from 10^21 on, a double
    [InlineData("""{"@id": "https://example.test/a", "https://example.test/p": {"@value": 5, "@type": "http://www.w3.org/2001/XMLSchema#double"}}""", "\"5.0E0\"^^<http://www.w3.org/2001/XMLSchema#double>")] // an integer typed as double
    [InlineData("""{"@context": {"p": {"@id": "https://example.test/p", "@type": "@json"}}, "@id": "https://example.test/a", "p": {"b": 1.0, "a": [1e21, "x"]}}""", "\"{\\\"a\\\":[1e+21,\\\"x\\\"],\\\"b\\\":1}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>")] // a JSON literal is canonical JSON
    public async Task Literals_get_their_canonical_lexical_form(string document, string expectedObject)
    {
        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal($"<https://example.test/a> <https://example.test/p> {expectedObject} .\n", TestDocuments.NQuadsOf(dataset));
    }

    [Theory]
    [InlineData("1e-7", "\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>")] // no point in "1e-7": an integer, as toFixed(0) rounds it
    [InlineData("-1e-7", "\"-0\"^^<http://www.w3.org/2001/XMLSchema#integer>")] // toFixed(0) keeps the sign of a negative one
    [InlineData("2.5e-7", "\"2.5E-7\"^^<http://www.w3.org/2001/XMLSchema#double>")] // "2.5e-7" has a point: still a double
    [InlineData("5.3", "\"5.3E0\"^^<http://www.w3.org/2001/XMLSchema#double>")] // an ordinary fraction is unchanged
    [InlineData("12345678901234567890", "\"12345678901234567168\"^^<http://www.w3.org/2001/XMLSchema#integer>")] // beyond 2^53: the nearest double's digits
    [InlineData("""{"@value": "x", "@language": "en-US"}""", "\"x\"@en-us")] // language tags lower-cased
    public async Task JavaScript_compatible_toRdf_reproduces_the_jsonld_js_departures(string value, string expectedObject)
    {
        var document = $$"""{"@id": "https://example.test/a", "https://example.test/p": {{value}}}""";

        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), new JsonLdOptions { JavaScriptCompatibleToRdf = true }, TestContext.Current.CancellationToken);

        Assert.Equal($"<https://example.test/a> <https://example.test/p> {expectedObject} .\n", TestDocuments.NQuadsOf(dataset));
    }

    [Theory]
    [InlineData(JsonLdRdfDirection.None, "<https://example.test/a> <https://example.test/p> \"x\"@ar-EG .\n")] // direction dropped
    [InlineData(JsonLdRdfDirection.I18nDatatype, "<https://example.test/a> <https://example.test/p> \"x\"^^<https://www.w3.org/ns/i18n#ar-eg_rtl> .\n")] // language and direction in the datatype
    public async Task Base_direction_is_represented_as_the_rdfDirection_option_says(JsonLdRdfDirection rdfDirection, string expected)
    {
        const string document = """{"@id": "https://example.test/a", "https://example.test/p": {"@value": "x", "@language": "ar-EG", "@direction": "rtl"}}""";

        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), new JsonLdOptions { RdfDirection = rdfDirection }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, TestDocuments.NQuadsOf(dataset));
    }

    [Fact]
    public async Task Compound_literals_carry_value_language_and_direction()
    {
        const string document = """{"@id": "https://example.test/a", "https://example.test/p": {"@value": "x", "@language": "ar-EG", "@direction": "rtl"}}""";

        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), new JsonLdOptions { RdfDirection = JsonLdRdfDirection.CompoundLiteral }, TestContext.Current.CancellationToken);

        var predicates = dataset.Quads.Select(q => q.Predicate.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["http://www.w3.org/1999/02/22-rdf-syntax-ns#direction", "http://www.w3.org/1999/02/22-rdf-syntax-ns#language", "http://www.w3.org/1999/02/22-rdf-syntax-ns#value", "https://example.test/p"], predicates);
    }

    [Fact]
    public async Task Blank_node_predicates_are_kept_only_in_generalized_RDF()
    {
        const string document = """{"@context": {"@vocab": "_:"}, "@id": "https://example.test/a", "p": "x"}""";

        var plain = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), cancellationToken: TestContext.Current.CancellationToken);
        var generalized = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), new JsonLdOptions { ProduceGeneralizedRdf = true }, TestContext.Current.CancellationToken);

        Assert.Equal(0, plain.Count);
        Assert.Equal(Credence.JsonLd.Rdf.RdfTermKind.BlankNode, Assert.Single(generalized.Quads).Predicate.Kind);
    }
}
