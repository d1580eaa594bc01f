namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>The W3C JSON-LD 1.1 toRdf tests (<c>toRdf-manifest.jsonld</c>), compared as RDFC-1.0 canonical N-Quads.</summary>
public sealed class ToRdfTests
{
    private const string Manifest = "toRdf";

    public static TheoryData<string> PositiveEvaluationTests => JsonLdApiManifest.Rows(Manifest, e => e.IsPositive);

    public static TheoryData<string> NegativeEvaluationTests => JsonLdApiManifest.Rows(Manifest, e => e.IsNegative);

    public static TheoryData<string> PositiveSyntaxTests => JsonLdApiManifest.Rows(Manifest, e => e.IsSyntax);

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(PositiveEvaluationTests))]
    public async Task ToRdf_gives_the_expected_dataset(string id)
    {
        var entry = JsonLdApiManifest.Entry(Manifest, id);

        var dataset = await JsonLdApiRunner.ToRdfAsync(entry);

        Assert.Equal(JsonLdApiRunner.ExpectedDataset(entry), JsonLdApiRunner.Canonical(dataset));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(NegativeEvaluationTests))]
    public async Task ToRdf_fails_with_the_expected_error_code(string id)
    {
        var entry = JsonLdApiManifest.Entry(Manifest, id);

        var exception = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdApiRunner.ToRdfAsync(entry));

        Assert.Equal(entry.ExpectErrorCode, exception.Code);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(PositiveSyntaxTests))]
    public async Task ToRdf_accepts_the_document(string id)
    {
        var entry = JsonLdApiManifest.Entry(Manifest, id);

        var dataset = await JsonLdApiRunner.ToRdfAsync(entry);

        Assert.NotNull(JsonLdApiRunner.Canonical(dataset));
    }
}
