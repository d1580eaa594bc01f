using System.Text.Json;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Conformance.RdfCanon;

/// <summary>The W3C RDFC-1.0 test suite: one theory per test type, one row per manifest entry.</summary>
public sealed class RdfCanonTests
{
    public static TheoryData<string> EvalTests => RdfCanonManifest.RowsOfType("rdfc:RDFC10EvalTest");

    public static TheoryData<string> MapTests => RdfCanonManifest.RowsOfType("rdfc:RDFC10MapTest");

    public static TheoryData<string> NegativeEvalTests => RdfCanonManifest.RowsOfType("rdfc:RDFC10NegativeEvalTest");

    [Theory]
    [MemberData(nameof(EvalTests))]
    public void RDFC10EvalTest_gives_the_expected_canonical_n_quads(string id)
    {
        var entry = RdfCanonManifest.Entries[id];
        var input = NQuads.Parse(RdfCanonManifest.ReadFile(entry.Action));

        var result = RdfCanonicalizer.Canonicalize(input, OptionsFor(entry));

        Assert.Equal(RdfCanonManifest.ReadFile(entry.Result!), result.CanonicalNQuads);
    }

    [Theory]
    [MemberData(nameof(MapTests))]
    public void RDFC10MapTest_gives_the_expected_issued_identifiers_map(string id)
    {
        var entry = RdfCanonManifest.Entries[id];
        var input = NQuads.Parse(RdfCanonManifest.ReadFile(entry.Action));
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(RdfCanonManifest.ReadFile(entry.Result!))!;

        var result = RdfCanonicalizer.Canonicalize(input, OptionsFor(entry));

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), result.IssuedIdentifiers.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(NegativeEvalTests))]
    public async Task RDFC10NegativeEvalTest_stops_with_the_work_limit_error(string id)
    {
        var entry = RdfCanonManifest.Entries[id];
        var input = NQuads.Parse(RdfCanonManifest.ReadFile(entry.Action));

        var exception = await Assert.ThrowsAsync<JsonLdException>(
            () => Task.Run(() => RdfCanonicalizer.Canonicalize(input, OptionsFor(entry)), TestContext.Current.CancellationToken));

        Assert.Equal(RdfcErrorCodes.WorkLimitExceeded, exception.Code);
    }

    private static RdfCanonicalizationOptions OptionsFor(RdfCanonEntry entry) => new()
    {
        HashAlgorithm = entry.HashAlgorithm switch
        {
            null or "SHA256" => RdfcHashAlgorithm.Sha256,
            "SHA384" => RdfcHashAlgorithm.Sha384,
            _ => throw new InvalidOperationException($"{entry.Id}: unknown hashAlgorithm {entry.HashAlgorithm}"),
        },
    };
}
