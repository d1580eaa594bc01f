namespace Credence.JsonLd.Tests;

public sealed class StaticDocumentLoaderTests
{
    [Fact]
    public async Task A_registered_document_is_served_with_its_url()
    {
        var loader = TestDocuments.Loader();

        var document = await loader.LoadDocumentAsync(TestDocuments.ContextUrl, TestContext.Current.CancellationToken);

        Assert.Equal(TestDocuments.ContextUrl, document.DocumentUrl);
        Assert.Equal("application/ld+json", document.ContentType);
    }

    [Fact]
    public async Task A_fragment_does_not_change_the_document_served()
    {
        var loader = TestDocuments.Loader();

        var document = await loader.LoadDocumentAsync(TestDocuments.ContextUrl + "#section", TestContext.Current.CancellationToken);

        Assert.Equal(TestDocuments.ContextUrl, document.DocumentUrl);
    }

    [Fact]
    public async Task An_unregistered_url_fails_with_loading_document_failed()
    {
        var loader = TestDocuments.Loader();

        var exception = await Assert.ThrowsAsync<JsonLdException>(async () => await loader.LoadDocumentAsync("https://example.test/other", TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.LoadingDocumentFailed, exception.Code);
    }

    [Fact]
    public void Registering_text_that_is_not_json_is_a_usage_error()
    {
        var loader = new StaticDocumentLoader();

        Assert.Throws<ArgumentException>(() => loader.Add("https://example.test/bad", "{not json"));
    }
}
