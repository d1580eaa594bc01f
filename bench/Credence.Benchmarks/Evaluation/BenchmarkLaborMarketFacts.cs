using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.Benchmarks.Evaluation;

/// <summary>Fixed labor-market benchmark data in dictionaries, so the benchmark measures the evaluator rather than a dataset's lookups.</summary>
internal sealed class BenchmarkLaborMarketFacts : ILaborMarketFacts
{
    private readonly Dictionary<string, WageFacts> _wages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutlookFacts> _outlooks = new(StringComparer.Ordinal);
    private readonly WageThreshold _threshold = new(48_000m, WageThresholdKind.RegionalMedianBenchmark, "Regional median wage (default benchmark)", "Benchmark data");

    public DataVintage Vintage { get; } = new("Benchmark data", ["Fixed figures"]);

    public static BenchmarkLaborMarketFacts Create(IEnumerable<string> occupations)
    {
        var facts = new BenchmarkLaborMarketFacts();
        var i = 0;
        foreach (var soc in occupations)
        {
            facts._wages[soc] = new WageFacts(soc, "Ohio", AreaLevel.State, 36_000m + (i * 6_000m), 30_000m, false, 10_000, "Benchmark data");
            facts._outlooks[soc] = new OutlookFacts(soc, i - 2, 500m * (i + 1), "2024–34", "Benchmark data");
            i++;
        }

        return facts;
    }

    public OccupationFacts? FindOccupation(string socCode) => null;

    public WageFacts? FindWages(string socCode, RegionRef region) => _wages.GetValueOrDefault(socCode);

    public OutlookFacts? FindOutlook(string socCode) => _outlooks.GetValueOrDefault(socCode);

    public WageThreshold? FindWageThreshold(RegionRef region) => _threshold;
}
