using System.Text;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Tests;

/// <summary>The usage sample of <c>src/Credence.JsonLd/README.md</c>, kept here so it compiles and runs.</summary>
public sealed class ReadmeSampleTests
{
    [Fact]
    public async Task The_readme_sample_canonicalizes_a_document()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        const string contextJson = """{"@context": {"@vocab": "https://example.test/vocab#", "id": "@id"}}""";
        var utf8Json = Encoding.UTF8.GetBytes("""{"@context": "https://example.test/context", "id": "https://example.test/a", "name": "A"}""");

        // Sample start
        var loader = new StaticDocumentLoader();                     // serves registered documents only, never the network
        loader.Add("https://example.test/context", contextJson);
        var options = new JsonLdOptions { DocumentLoader = loader, SafeMode = true };

        RdfDataset dataset = await JsonLdProcessor.ToRdfAsync(utf8Json, options, cancellationToken);
        string canonical = RdfCanonicalizer.Canonicalize(dataset).CanonicalNQuads;
        // Sample end

        Assert.Equal("<https://example.test/a> <https://example.test/vocab#name> \"A\" .\n", canonical);
    }
}
