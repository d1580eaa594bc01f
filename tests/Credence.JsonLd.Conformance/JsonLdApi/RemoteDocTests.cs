namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>The W3C JSON-LD 1.1 remote document tests (<c>remote-doc-manifest.jsonld</c>), HTTP emulated by <see cref="SuiteDocumentLoader"/>.</summary>
public sealed class RemoteDocTests
{
    private const string Manifest = "remote-doc";

    public static TheoryData<string> PositiveEvaluationTests => JsonLdApiManifest.Rows(Manifest, e => e.IsPositive);

    public static TheoryData<string> NegativeEvaluationTests => JsonLdApiManifest.Rows(Manifest, e => e.IsNegative);

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(PositiveEvaluationTests))]
    public async Task Loading_and_expanding_gives_the_expected_document(string id)
    {
        var entry = JsonLdApiManifest.Entry(Manifest, id);

        var expanded = await JsonLdApiRunner.ExpandAsync(entry);

        Assert.Equal(JsonLdApiRunner.ExpectedExpansion(entry), JsonLdComparison.Canonical(expanded));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(NegativeEvaluationTests))]
    public async Task Loading_fails_with_the_expected_error_code(string id)
    {
        var entry = JsonLdApiManifest.Entry(Manifest, id);

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdApiRunner.ExpandAsync(entry));

        Assert.Equal(entry.ExpectErrorCode, exception.Code);
    }
}
