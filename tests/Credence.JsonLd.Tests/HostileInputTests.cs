using System.Text;

namespace Credence.JsonLd.Tests;

/// <summary>Hostile input ends with a clear error code; every test has a 10 s hang guard, none asserts speed.</summary>
public sealed class HostileInputTests
{
    [Fact(Timeout = 10_000)]
    public async Task Deeply_nested_arrays_fail_with_max_depth_exceeded()
    {
        var document = new string('[', 100_000) + new string(']', 100_000);

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(document), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.MaxDepthExceeded, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task Deeply_nested_objects_fail_with_max_depth_exceeded_even_with_a_high_limit()
    {
        var builder = new StringBuilder();
        const int depth = 200_000;
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{\"http://example.test/p\":");
        }

        builder.Append('1').Append('}', depth);
        var options = new JsonLdOptions { MaxJsonDepth = 1_000_000 };

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => Task.Run(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(builder.ToString()), options, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.MaxDepthExceeded, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_huge_array_expands_completely()
    {
        var builder = new StringBuilder("""{"@id": "https://example.test/a", "https://example.test/p": [""");
        const int count = 100_000;
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(i);
        }

        builder.Append("]}");

        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(builder.ToString()), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(count, dataset.Count);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_context_that_includes_itself_fails_with_context_overflow()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://example.test/self", """{"@context": "https://example.test/self"}""");
        var options = new JsonLdOptions { DocumentLoader = loader };

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8("""{"@context": "https://example.test/self"}"""), options, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.ContextOverflow, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task Two_contexts_that_include_each_other_fail_with_context_overflow()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://example.test/a", """{"@context": ["https://example.test/b", {"x": "https://example.test/x"}]}""");
        loader.Add("https://example.test/b", """{"@context": "https://example.test/a"}""");
        var options = new JsonLdOptions { DocumentLoader = loader };

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8("""{"@context": "https://example.test/a"}"""), options, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.ContextOverflow, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_context_that_imports_itself_fails_with_invalid_context_entry()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://example.test/import", """{"@context": {"@import": "https://example.test/import"}}""");
        var options = new JsonLdOptions { DocumentLoader = loader };

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8("""{"@context": {"@import": "https://example.test/import"}}"""), options, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.InvalidContextEntry, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_scoped_context_that_refers_to_its_own_context_terminates()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://example.test/scoped", """{"@context": {"@vocab": "https://example.test/v#", "child": {"@context": "https://example.test/scoped"}}}""");
        var options = new JsonLdOptions { DocumentLoader = loader };
        const string document = """{"@context": "https://example.test/scoped", "@id": "https://example.test/a", "child": {"child": {"child": {"name": "x"}}}}""";

        var dataset = await JsonLdProcessor.ToRdfAsync(TestDocuments.Utf8(document), options, TestContext.Current.CancellationToken);

        Assert.Equal(4, dataset.Count);
    }

    [Fact(Timeout = 10_000)]
    public async Task Invalid_utf8_fails_with_invalid_json()
    {
        byte[] document = [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'];

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(document, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.InvalidJson, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_lone_surrogate_escape_fails_with_invalid_json()
    {
        const string document = """{"@id": "https://example.test/a", "https://example.test/p": "\ud800"}""";

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(document), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.InvalidJson, exception.Code);
    }

    [Theory(Timeout = 10_000)]
    [InlineData("1e400")] // overflows a double to infinity
    [InlineData("-1e400")] // overflows to negative infinity
    public async Task Numbers_out_of_range_fail_with_number_out_of_range(string number)
    {
        var document = $$"""{"@id": "https://example.test/a", "https://example.test/p": {{number}}}""";

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8(document), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.NumberOutOfRange, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_byte_order_mark_before_the_json_is_ignored()
    {
        byte[] document = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"@id": "https://example.test/a", "https://example.test/p": 1}""")];

        var dataset = await JsonLdProcessor.ToRdfAsync(document, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, dataset.Count);
    }

    [Fact(Timeout = 10_000)]
    public async Task Truncated_json_fails_with_invalid_json()
    {
        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8("""{"@id": "x", """), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCodes.InvalidJson, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task Cancellation_stops_processing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JsonLdProcessor.ExpandAsync(TestDocuments.Utf8("""{"@id": "https://example.test/a"}"""), cancellationToken: cancellation.Token));
    }
}
