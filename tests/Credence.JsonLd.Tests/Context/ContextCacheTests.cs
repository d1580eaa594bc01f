using Credence.JsonLd.Context;

namespace Credence.JsonLd.Tests.Context;

public sealed class ContextCacheTests
{
    [Fact]
    public void A_remote_context_is_processed_once_per_active_context_and_loader()
    {
        var options = TestDocuments.Options();
        var initial = ContextCache.Initial("https://example.test/cache-test/", processingMode10: false);

        var first = ContextProcessingAlgorithm.Process(new JsonLdOperation(options, default), initial, TestDocuments.ContextUrl, null);
        var second = ContextProcessingAlgorithm.Process(new JsonLdOperation(options, default), initial, TestDocuments.ContextUrl, null);

        Assert.Same(first, second);
    }

    [Fact]
    public void Another_loader_gets_its_own_processed_context()
    {
        var initial = ContextCache.Initial("https://example.test/cache-test/", processingMode10: false);

        var first = ContextProcessingAlgorithm.Process(new JsonLdOperation(TestDocuments.Options(), default), initial, TestDocuments.ContextUrl, null);
        var second = ContextProcessingAlgorithm.Process(new JsonLdOperation(TestDocuments.Options(), default), initial, TestDocuments.ContextUrl, null);

        Assert.NotSame(first, second);
    }

    [Fact]
    public void Safe_mode_does_not_reuse_a_context_processed_without_it()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://example.test/keyword-like", """{"@context": {"@ignored": "https://example.test/x"}}""");
        var initial = ContextCache.Initial(null, processingMode10: false);
        ContextProcessingAlgorithm.Process(new JsonLdOperation(new JsonLdOptions { DocumentLoader = loader }, default), initial, "https://example.test/keyword-like", null);

        var exception = Assert.Throws<JsonLdException>(() => ContextProcessingAlgorithm.Process(new JsonLdOperation(new JsonLdOptions { DocumentLoader = loader, SafeMode = true }, default), initial, "https://example.test/keyword-like", null));

        Assert.Equal(JsonLdErrorCodes.SafeModeKeywordLike, exception.Code);
    }

    [Fact]
    public async Task Registering_a_context_again_replaces_the_processed_one()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://example.test/changing", """{"@context": {"name": "https://example.test/old#name"}}""");
        var options = new JsonLdOptions { DocumentLoader = loader };
        var document = TestDocuments.Utf8("""{"@context": "https://example.test/changing", "@id": "https://example.test/a", "name": "x"}""");
        await JsonLdProcessor.ExpandAsync(document, options, TestContext.Current.CancellationToken);
        loader.Add("https://example.test/changing", """{"@context": {"name": "https://example.test/new#name"}}""");

        var expanded = await JsonLdProcessor.ExpandAsync(document, options, TestContext.Current.CancellationToken);

        Assert.True(expanded[0].TryGetProperty("https://example.test/new#name", out _));
    }
}
