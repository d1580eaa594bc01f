using Credence.JsonLd.Canonicalization;

namespace Credence.JsonLd.Tests;

/// <summary>The 1EdTech eddsa-rdfc-2022 test vectors (Open Badges 3.0, CLR 2.0) as fixed inputs: JSON text to canonical N-Quads.</summary>
public sealed class OpenBadgesTestVectorTests
{
    private static string Fixture(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name);

    private static StaticDocumentLoader Loader()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://www.w3.org/ns/credentials/v2", File.ReadAllText(Fixture("ob3-jsonld", "credentials-v2.jsonld")));
        loader.Add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", File.ReadAllText(Fixture("ob3-jsonld", "ob-v3p0-context-3.0.3.json")));
        loader.Add("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", File.ReadAllText(Fixture("clr2-jsonld", "clr-v2p0-context-2.0.1.json")));
        loader.Add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", File.ReadAllText(Fixture("clr2-jsonld", "ob-v3p0-extensions.json")));
        return loader;
    }

    [Theory]
    [InlineData("ob3-jsonld", false)] // an Open Badge, default processing
    [InlineData("ob3-jsonld", true)] // safe mode accepts it: every term is defined and every IRI absolute
    [InlineData("clr2-jsonld", false)] // a CLR 2.0 with nested Open Badges and four contexts
    [InlineData("clr2-jsonld", true)] // safe mode accepts it too
    public async Task The_unsigned_credential_canonicalizes_to_the_published_n_quads(string vector, bool safeMode)
    {
        var options = new JsonLdOptions { DocumentLoader = Loader(), SafeMode = safeMode };

        var dataset = await JsonLdProcessor.ToRdfAsync(File.ReadAllBytes(Fixture(vector, "unsigned-credential.json")), options, TestContext.Current.CancellationToken);
        var canonical = RdfCanonicalizer.Canonicalize(dataset).CanonicalNQuads;

        Assert.Equal(File.ReadAllText(Fixture(vector, "document-canon.nq")), canonical);
    }
}
