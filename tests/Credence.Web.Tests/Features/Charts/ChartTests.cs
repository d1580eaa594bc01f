using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Domain.Evaluation;
using Credence.Domain.LaborMarket;
using Credence.Domain.Pathways;
using Credence.Web.Features.PublicValue;
using Credence.Web.Features.Reviews;

namespace Credence.Web.Tests.Features.Charts;

public sealed partial class ChartTests
{
    [Fact]
    public void The_radar_chart_puts_a_full_score_on_the_rim_and_an_undecided_principle_at_the_hub()
    {
        PrincipleScore[] principles =
        [
            new("access", "Access", 1, 100, 3, 0, 0, 0),
            new("quality", "Quality", 1, null, 0, 0, 0, 2),
            new("relevance", "Relevance", 1, 50, 1, 0, 1, 0),
        ];

        var svg = RadarChart.Svg(principles, "MVF", "radar-test");

        var points = Points().Matches(svg).Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Y: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal((280, 90), points[0]);                 // 100 at the top: the rim, 140 above the hub
        Assert.Equal((280, 230), points[1]);                // undecided: the hub
        Assert.Contains("class=\"point undecided\"", svg, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"radar-test-desc\">Score out of 100 per principle: Access 100; Quality n/a; Relevance 50.</desc>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Wage_bars_are_scaled_to_the_wage_and_the_threshold_line_is_labelled()
    {
        var threshold = new WageThreshold(40_000m, WageThresholdKind.RegionalMedianBenchmark, "regional median wage (default benchmark)", "BLS OEWS");
        var point = new OffRampPoint(OffRampPointKind.Stage, "one", "One", [],
        [
            Occupation("15-1232", "Support", 50_000m, clears: true),
            Occupation("43-9111", "Assistant", 25_000m, clears: false),
        ]);

        var svg = WageChart.Svg(point, threshold, "Wages", "wages-test");

        var widths = BarWidths().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(widths[0] / 2, widths[1], 1);
        Assert.Contains("class=\"bar clears\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"bar below\"", svg, StringComparison.Ordinal);
        Assert.Contains("regional median wage (default benchmark): $40,000", svg, StringComparison.Ordinal);
        Assert.Contains("The line is the regional median wage (default benchmark), $40,000 a year.", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diagram_orders_stages_after_the_stages_they_follow_whatever_order_they_are_listed_in()
    {
        PathwayStage[] stages =
        [
            new() { Id = "third", Microcredentials = ["c"], After = ["second"] },
            new() { Id = "first", Microcredentials = ["a"] },
            new() { Id = "second", Microcredentials = ["b"], After = ["first"] },
        ];

        var ordered = PathwayDiagram.Ordered(stages);

        Assert.Equal(["first", "second", "third"], ordered.Select(s => s.Id));
    }

    [Fact]
    public void The_value_label_names_the_threshold_by_its_label_and_never_calls_a_benchmark_a_livable_wage()
    {
        var threshold = new WageThreshold(46_690m, WageThresholdKind.RegionalMedianBenchmark, "regional median wage (default benchmark)", "BLS OEWS May 2023, state");
        var wages = new WageFacts("15-1232", "Ohio", AreaLevel.State, 51_490m, 45_060m, false, 10_000, "BLS OEWS May 2023, state");

        var line = new WageLine("15-1232", "Computer User Support Specialists", wages, threshold);

        Assert.Equal("median pay $51,490 a year in Ohio", line.Sentence);
        Assert.Equal("at or above the regional median wage (default benchmark) of $46,690", line.Comparison);
        Assert.Null(new WageLine("15-1232", "Computer User Support Specialists", null, threshold).Comparison);
    }

    private static OffRampOccupation Occupation(string code, string title, decimal median, bool clears) =>
        new(code, title, new WageFacts(code, "Ohio", AreaLevel.State, median, null, false, null, "BLS OEWS"), null, clears, ["BLS OEWS"]);

    [GeneratedRegex("<circle class=\"point[^\"]*\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"")]
    private static partial Regex Points();

    [GeneratedRegex("<rect class=\"bar [a-z]+\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\"")]
    private static partial Regex BarWidths();
}
