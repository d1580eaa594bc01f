using System.Text;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Tests;

/// <summary>Small documents and contexts shared by the tests, served by a <see cref="StaticDocumentLoader"/>.</summary>
internal static class TestDocuments
{
    public const string ContextUrl = "https://example.test/contexts/v1";

    public const string Context = """
        {
          "@context": {
            "@version": 1.1,
            "@protected": true,
            "id": "@id",
            "type": "@type",
            "ex": "https://example.test/vocab#",
            "Badge": "ex:Badge",
            "name": "ex:name",
            "score": {"@id": "ex:score", "@type": "http://www.w3.org/2001/XMLSchema#double"},
            "issuer": {"@id": "ex:issuer", "@type": "@id"},
            "data": {"@id": "ex:data", "@type": "@json"}
          }
        }
        """;

    public static StaticDocumentLoader Loader()
    {
        var loader = new StaticDocumentLoader();
        loader.Add(ContextUrl, Context);
        return loader;
    }

    public static JsonLdOptions Options(bool safeMode = false) => new() { DocumentLoader = Loader(), SafeMode = safeMode };

    public static ReadOnlyMemory<byte> Utf8(string json) => Encoding.UTF8.GetBytes(json);

    public static string NQuadsOf(RdfDataset dataset) => string.Concat(dataset.Quads.Select(q => NQuads.Serialize(q)).Order(StringComparer.Ordinal));
}
