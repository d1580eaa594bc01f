using System.Text.Json;

namespace Credence.JsonLd.Tests;

public sealed class JsonLdProcessorTests
{
    private const string Badge = """
        {
          "@context": "https://example.test/contexts/v1",
          "id": "https://example.test/badges/1",
          "type": "Badge",
          "name": "Welding",
          "issuer": "https://example.test/issuers/1"
        }
        """;

    [Fact]
    public async Task ExpandAsync_applies_a_remote_context_from_the_loader()
    {
        var expanded = await JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(Badge), TestDocuments.Options(), TestContext.Current.CancellationToken);

        var node = expanded[0];
        Assert.Equal("https://example.test/badges/1", node.GetProperty("@id").GetString());
        Assert.Equal("https://example.test/vocab#Badge", node.GetProperty("@type")[0].GetString());
        Assert.Equal("Welding", node.GetProperty("https://example.test/vocab#name")[0].GetProperty("@value").GetString());
        Assert.Equal("https://example.test/issuers/1", node.GetProperty("https://example.test/vocab#issuer")[0].GetProperty("@id").GetString());
    }

    [Fact]
    public async Task ExpandAsync_accepts_a_parsed_document()
    {
        using var document = JsonDocument.Parse(Badge);

        var expanded = await JsonLdProcessor.ExpandAsync(document.RootElement, TestDocuments.Options(), TestContext.Current.CancellationToken);

        Assert.Equal(JsonValueKind.Array, expanded.ValueKind);
        Assert.Equal(1, expanded.GetArrayLength());
    }

    [Fact]
    public async Task ToRdfAsync_produces_the_triples_of_the_document()
    {
        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(Badge), TestDocuments.Options(), TestContext.Current.CancellationToken);

        Assert.Equal(
            "<https://example.test/badges/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.test/vocab#Badge> .\n"
            + "<https://example.test/badges/1> <https://example.test/vocab#issuer> <https://example.test/issuers/1> .\n"
            + "<https://example.test/badges/1> <https://example.test/vocab#name> \"Welding\" .\n",
            TestDocuments.NQuadsOf(dataset));
    }

    [Fact]
    public async Task A_remote_context_without_a_loader_fails_with_loading_remote_context_failed()
    {
        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(Badge), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.LoadingRemoteContextFailed, exception.Code);
    }

    [Fact]
    public async Task An_unregistered_context_fails_with_loading_remote_context_failed()
    {
        var options = new JsonLdOptions { DocumentLoader = new StaticDocumentLoader() };

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(Badge), options, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.LoadingRemoteContextFailed, exception.Code);
    }

    [Fact]
    public async Task A_protected_term_cannot_be_redefined()
    {
        const string document = """{"@context": ["https://example.test/contexts/v1", {"name": "https://other.test/name"}], "name": "x"}""";

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(document), TestDocuments.Options(), TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.ProtectedTermRedefinition, exception.Code);
    }

    [Fact]
    public async Task The_base_option_resolves_relative_identifiers()
    {
        const string document = """{"@id": "badges/2", "https://example.test/vocab#name": "x"}""";
        var options = new JsonLdOptions { Base = "https://example.test/root/" };

        var expanded = await JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(document), options, TestContext.Current.CancellationToken);

        Assert.Equal("https://example.test/root/badges/2", expanded[0].GetProperty("@id").GetString());
    }

    [Fact]
    public async Task The_expandContext_option_is_applied_before_the_document()
    {
        using var context = JsonDocument.Parse("""{"@context": {"@vocab": "https://example.test/v#"}}""");
        var options = new JsonLdOptions { ExpandContext = context.RootElement.Clone() };

        var expanded = await JsonLdProcessor.ExpandAsync(TestDocuments.Utf8("""{"@id": "https://example.test/a", "label": "x"}"""), options, TestContext.Current.CancellationToken);

        Assert.True(expanded[0].TryGetProperty("https://example.test/v#label", out _));
    }

    [Fact]
    public async Task Json_ld_1_0_mode_rejects_a_1_1_context()
    {
        var options = new JsonLdOptions { ProcessingMode = JsonLdProcessingMode.JsonLd10 };

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8("""{"@context": {"@version": 1.1}}"""), options, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.ProcessingModeConflict, exception.Code);
    }

    [Fact]
    public async Task An_asynchronous_loader_is_awaited()
    {
        var options = new JsonLdOptions { DocumentLoader = new YieldingLoader(TestDocuments.Loader()) };

        var expanded = await JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(Badge), options, TestContext.Current.CancellationToken);

        Assert.Equal("https://example.test/vocab#Badge", expanded[0].GetProperty("@type")[0].GetString());
    }

    [Fact]
    public async Task ExpandDocumentAsync_loads_the_document_and_uses_its_url_as_base()
    {
        var loader = TestDocuments.Loader();
        loader.Add("https://example.test/docs/a.jsonld", """{"@id": "b", "https://example.test/vocab#name": "x"}""");

        var expanded = await JsonLdProcessor.ExpandDocumentAsync("https://example.test/docs/a.jsonld", new JsonLdOptions { DocumentLoader = loader }, TestContext.Current.CancellationToken);

        Assert.Equal("https://example.test/docs/b", expanded[0].GetProperty("@id").GetString());
    }

    /// <summary>A loader whose loads complete asynchronously, to exercise the façade's await-and-rerun path.</summary>
    private sealed class YieldingLoader(IDocumentLoader inner) : IDocumentLoader
    {
        public async ValueTask<RemoteDocument> LoadDocumentAsync(string url, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return await inner.LoadDocumentAsync(url, cancellationToken);
        }
    }
}
