using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Credence.LaborMarket;
using Credence.LaborMarket.Search;

namespace Credence.Benchmarks;

/// <summary>Loading the embedded labor-market dataset, building the search index, and type-ahead queries over it.</summary>
[MemoryDiagnoser]
public class LaborMarketBenchmarks
{
    /// <summary>Type-ahead queries: short prefixes, whole names, alternate titles, multi-word prefixes and typos.</summary>
    public static IEnumerable<string> Queries { get; } =
    [
        "nu", "nurs", "RN", "python", "excel", "critical thinking", "project manag", "data anal", "comp user supp",
        "welding", "custmer servce", "spreadsheat", "machinist", "communicate", "c++",
    ];

    private LaborMarketDataset _dataset = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dataset = LaborMarketDataset.Embedded;
        _dataset.Search("warm up");
    }

    [Benchmark]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet benchmarks are instance methods.")]
    public LaborMarketDataset LoadEmbeddedDataset() => LaborMarketDataset.LoadEmbedded();

    [Benchmark]
    public int BuildSearchIndex() => new SkillSearchIndex(_dataset.Data).TermCount;

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public IReadOnlyList<SkillSearchHit> Search(string query) => _dataset.Search(query);
}
