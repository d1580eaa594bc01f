namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>The W3C JSON-LD 1.1 expansion tests (<c>expand-manifest.jsonld</c>).</summary>
public sealed class ExpandTests
{
    private const string Manifest = "expand";

    public static TheoryData<string> PositiveEvaluationTests => JsonLdApiManifest.Rows(Manifest, e => e.IsPositive);

    public static TheoryData<string> NegativeEvaluationTests => JsonLdApiManifest.Rows(Manifest, e => e.IsNegative);

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(PositiveEvaluationTests))]
    public async Task Expansion_gives_the_expected_document(string id)
    {
        var entry = JsonLdApiManifest.Entry(Manifest, id);

        var expanded = await JsonLdApiRunner.ExpandAsync(entry);

        Assert.Equal(JsonLdApiRunner.ExpectedExpansion(entry), JsonLdComparison.Canonical(expanded));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(NegativeEvaluationTests))]
    public async Task Expansion_fails_with_the_expected_error_code(string id)
    {
        var entry = JsonLdApiManifest.Entry(Manifest, id);

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdApiRunner.ExpandAsync(entry));

        Assert.Equal(entry.ExpectErrorCode, exception.Code);
    }
}
