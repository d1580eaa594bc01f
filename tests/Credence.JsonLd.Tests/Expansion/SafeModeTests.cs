namespace Credence.JsonLd.Tests.Expansion;

public sealed class SafeModeTests
{
    [Theory]
    [InlineData("""{"@context": "https://example.test/contexts/v1", "id": "https://example.test/a", "undefined": "x"}""", JsonLdErrorCodes.SafeModeDroppedProperty)] // a term the context does not define
    [InlineData("""{"@context": "https://example.test/contexts/v1", "id": "relative/a", "name": "x"}""", JsonLdErrorCodes.SafeModeRelativeIri)] // @id without a base stays relative
    [InlineData("""{"@context": "https://example.test/contexts/v1", "id": "https://example.test/a", "type": "NotDefined"}""", JsonLdErrorCodes.SafeModeRelativeIri)] // a type with no term and no @vocab
    [InlineData("""{"@context": "https://example.test/contexts/v1", "id": "https://example.test/a", "issuer": "issuers/1"}""", JsonLdErrorCodes.SafeModeRelativeIri)] // an @id-typed value without a base
    [InlineData("""{"@context": {"@ignoreMe": "https://example.test/x"}, "@id": "https://example.test/a"}""", JsonLdErrorCodes.SafeModeKeywordLike)] // a term with the form of a keyword
    [InlineData("""{"@context": "https://example.test/contexts/v1", "name": "x", "@id": "https://example.test/a", "ex:lang": {"@value": "x", "@language": "not a tag"}}""", JsonLdErrorCodes.SafeModeInvalidLanguage)] // a language tag RDF drops
    [InlineData("""[{"@context": "https://example.test/contexts/v1", "id": "https://example.test/a", "name": "x"}, "free-floating"]""", JsonLdErrorCodes.SafeModeDroppedValue)] // a free-floating string
    public async Task Safe_mode_reports_lossy_input_with_its_code(string document, string expectedCode)
    {
        var exception = await Assert.ThrowsAsync<JsonLdException>(
            () => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(document), TestDocuments.Options(safeMode: true), TestContext.Current.CancellationToken));

        Assert.Equal(expectedCode, exception.Code);
    }

    [Fact]
    public async Task Without_safe_mode_an_undefined_term_is_dropped()
    {
        const string document = """{"@context": "https://example.test/contexts/v1", "id": "https://example.test/a", "undefined": "x", "name": "y"}""";

        var expanded = await JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(document), TestDocuments.Options(), TestContext.Current.CancellationToken);

        Assert.Equal(2, expanded[0].EnumerateObject().Count());
    }

    [Fact]
    public async Task Safe_mode_accepts_a_fully_defined_document()
    {
        const string document = """{"@context": "https://example.test/contexts/v1", "id": "https://example.test/a", "type": "Badge", "name": "y", "score": 5.3}""";

        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), TestDocuments.Options(safeMode: true), TestContext.Current.CancellationToken);

        Assert.Equal(3, dataset.Count);
    }
}
