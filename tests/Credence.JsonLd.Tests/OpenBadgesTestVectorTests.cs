using Credence.JsonLd.Canonicalization;

namespace Credence.JsonLd.Tests;

/// <summary>The Open Badges 3.0 eddsa-rdfc-2022 test vector as a fixed input: JSON text to canonical N-Quads.</summary>
public sealed class OpenBadgesTestVectorTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ob3-jsonld", name);

    internal static StaticDocumentLoader Loader()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://www.w3.org/ns/credentials/v2", File.ReadAllText(Fixture("credentials-v2.jsonld")));
        loader.Add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", File.ReadAllText(Fixture("ob-v3p0-context-3.0.3.json")));
        return loader;
    }

    [Theory]
    [InlineData(false)] // the default processing
    [InlineData(true)] // safe mode accepts it: every term is defined and every IRI absolute
    public async Task The_unsigned_credential_canonicalizes_to_the_published_n_quads(bool safeMode)
    {
        var options = new JsonLdOptions { DocumentLoader = Loader(), SafeMode = safeMode };

        var dataset = await JsonLdProcessor.ToRdfAsync(File.ReadAllBytes(Fixture("unsigned-credential.json")), options, TestContext.Current.CancellationToken);
        var canonical = RdfCanonicalizer.Canonicalize(dataset).CanonicalNQuads;

        Assert.Equal(File.ReadAllText(Fixture("document-canon.nq")), canonical);
    }
}
