using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.Domain.Tests.Evaluation;

/// <summary>Labor-market test data held in dictionaries, behind the interface the domain defines.</summary>
internal sealed class DictionaryLaborMarketFacts : ILaborMarketFacts
{
    public DataVintage Vintage { get; } = new("Test data", ["Test wages 2026", "Test projections 2024–34"]);

    public Dictionary<string, WageFacts> Wages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OutlookFacts> Outlooks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, WageThreshold> Thresholds { get; } = new(StringComparer.Ordinal);

    public OccupationFacts? FindOccupation(string socCode) =>
        Wages.ContainsKey(socCode) ? new OccupationFacts(socCode, socCode, null, null, "Test") : null;

    public WageFacts? FindWages(string socCode, RegionRef region) => Wages.GetValueOrDefault(socCode);

    public OutlookFacts? FindOutlook(string socCode) => Outlooks.GetValueOrDefault(socCode);

    public WageThreshold? FindWageThreshold(RegionRef region) => Thresholds.GetValueOrDefault(region.ToString());

    /// <summary>An occupation that pays above the Ohio threshold, grows and has many openings.</summary>
    public static DictionaryLaborMarketFacts Good()
    {
        var facts = new DictionaryLaborMarketFacts();
        facts.Thresholds["US-OH"] = new WageThreshold(48_000m, WageThresholdKind.RegionalMedianBenchmark, "Regional median wage (default benchmark)", "Test wages 2026, Ohio");
        facts.Wages["15-1232"] = new WageFacts("15-1232", "Ohio", AreaLevel.State, 60_000m, 47_000m, false, 20_000, "Test wages 2026, Ohio");
        facts.Outlooks["15-1232"] = new OutlookFacts("15-1232", 5m, 60_000m, "2024–34", "Test projections 2024–34");
        return facts;
    }
}
