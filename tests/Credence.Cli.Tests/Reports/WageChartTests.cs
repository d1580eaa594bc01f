using System.Xml.Linq;
using Credence.Cli.Reports;
using Credence.Domain.Common;
using Credence.Domain.LaborMarket;
using Credence.Domain.Pathways;

namespace Credence.Cli.Tests.Reports;

public sealed class WageChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Wage_chart_draws_a_bar_per_stage_with_a_wage_sized_against_the_threshold_line()
    {
        var svg = XElement.Parse(WageChart.Svg(Report(new WageThreshold(50_000m, WageThresholdKind.RegionalMedianBenchmark, "regional median", "source T")), "Wages", "w"));

        var bars = svg.Descendants(Svg + "rect").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal("wage below", (string?)bars[0].Attribute("class"));
        Assert.Equal("wage clears", (string?)bars[1].Attribute("class"));
        var threshold = svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "threshold");
        var left = (double)bars[0].Attribute("x")!;
        var widest = (double)bars[1].Attribute("width")!;
        var thresholdWidth = (double)threshold.Attribute("x1")! - left;
        Assert.Equal(50_000.0 / 100_000.0, thresholdWidth / widest, 2);
        Assert.Equal(40_000.0 / 100_000.0, (double)bars[0].Attribute("width")! / widest, 2);
    }

    [Fact]
    public void Wage_chart_is_labelled_for_assistive_technology_with_every_value()
    {
        var svg = XElement.Parse(WageChart.Svg(Report(threshold: null), "Wages per stage", "w"));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("w-title w-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Wages per stage", svg.Element(Svg + "title")!.Value);
        var description = svg.Element(Svg + "desc")!.Value;
        Assert.Contains("$40,000", description, StringComparison.Ordinal);
        Assert.Contains("$100,000", description, StringComparison.Ordinal);
        Assert.Contains("n/a", description, StringComparison.Ordinal);
        Assert.Empty(svg.Descendants(Svg + "line"));
    }

    /// <summary>Three stages: one paying $40,000, one with no occupation, one paying up to $100,000.</summary>
    private static OffRampReport Report(WageThreshold? threshold)
    {
        var region = new RegionRef("US", "OH");
        return new OffRampReport(
            "p",
            region,
            threshold,
            [
                new OffRampPoint(OffRampPointKind.Stage, "a", "First", ["Exit A"], [Occupation("11-0001", 40_000m, threshold)]),
                new OffRampPoint(OffRampPointKind.Stage, "b", "Second", [], []),
                new OffRampPoint(OffRampPointKind.Completion, null, "Whole pathway", [], [Occupation("11-0002", 60_000m, threshold), Occupation("11-0003", 100_000m, threshold)]),
            ],
            new DataVintage("test data", ["source W"]));
    }

    private static OffRampOccupation Occupation(string code, decimal median, WageThreshold? threshold) =>
        new(code, "Title " + code, new WageFacts(code, "Ohio", AreaLevel.State, median, median * 0.8m, false, 1000, "source W"), null, threshold is null ? null : median >= threshold.AnnualAmount, ["source W"]);
}
