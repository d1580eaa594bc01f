using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.Benchmarks;

/// <summary>N-Quads parsing and RDFC-1.0 canonicalization of the 1EdTech eddsa-rdfc-2022 test vectors (Open Badge: 16 quads, 1 blank node; CLR: 49 quads, 3 blank nodes, a named graph).</summary>
[MemoryDiagnoser]
[MinColumn]
public partial class RdfCanonicalizationBenchmarks
{
    private string _nquads = string.Empty;
    private RdfDataset _dataset = new();

    /// <summary>Which test vector: <c>ob3</c> or <c>clr2</c>.</summary>
    [Params("ob3", "clr2")]
    public string Credential { get; set; } = "ob3";

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(RdfCanonicalizationBenchmarks).Assembly.GetManifestResourceStream($"Fixtures.{Credential}-document-canon.nq")
            ?? throw new InvalidOperationException($"Missing fixture {Credential}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var canonical = reader.ReadToEnd();

        // Relabel _:c14nN as _:node<9-N> and reverse the lines, so the input is not already canonical.
        var relabelled = CanonicalLabel().Replace(canonical, m => "_:node" + (9 - int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
        var lines = relabelled.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Array.Reverse(lines);
        _nquads = string.Join('\n', lines) + "\n";
        _dataset = NQuads.Parse(_nquads);

        if (RdfCanonicalizer.Canonicalize(_dataset).CanonicalNQuads != canonical)
        {
            throw new InvalidOperationException("The canonicalizer does not reproduce the test vector.");
        }
    }

    [Benchmark]
    public RdfDataset ParseNQuads() => NQuads.Parse(_nquads);

    [Benchmark]
    public RdfCanonicalizationResult Canonicalize() => RdfCanonicalizer.Canonicalize(_dataset);

    [Benchmark]
    public string ParseAndCanonicalize() => RdfCanonicalizer.Canonicalize(NQuads.Parse(_nquads)).CanonicalNQuads;

    [GeneratedRegex(@"_:c14n(\d+)")]
    private static partial Regex CanonicalLabel();
}
