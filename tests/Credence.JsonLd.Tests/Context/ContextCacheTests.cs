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
}
