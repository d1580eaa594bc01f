using System.Xml.Linq;
using Credence.Cli.Reports;
using Credence.Domain.Evaluation;

namespace Credence.Cli.Tests.Reports;

public sealed class RadarChartTests
{
    public static TheoryData<int> PrincipleCounts => new()
    {
        1, // a framework with a single principle still gets a chart
        3, // stakeholder views: learners, institutions, industry
        11, // the Microcredential Value Framework's eleven principles
    };

    [Theory]
    [MemberData(nameof(PrincipleCounts))]
    public void Radar_chart_has_one_axis_and_one_label_per_principle(int count)
    {
        var principles = Enumerable.Range(1, count).Select(i => new PrincipleScore($"p{i}", $"Principle {i}", 1, i * 100.0 / count, 1, 0, 0, 0)).ToList();

        var svg = XElement.Parse(RadarChart.Svg(principles, "Chart", "c"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(count, svg.Descendants(ns + "line").Count(e => (string?)e.Attribute("class") == "axis"));
        Assert.Equal(count, svg.Descendants(ns + "text").Count(e => (string?)e.Attribute("class") == "label"));
        Assert.Equal(count, svg.Descendants(ns + "circle").Count());
    }

    [Fact]
    public void Radar_chart_puts_a_full_score_on_the_rim_and_an_undecided_one_at_the_centre()
    {
        PrincipleScore[] principles =
        [
            new("a", "Access", 1, 100, 1, 0, 0, 0),
            new("b", "Quality", 1, null, 0, 0, 0, 1),
            new("c", "Relevance", 1, 0, 0, 0, 1, 0),
        ];

        var svg = XElement.Parse(RadarChart.Svg(principles, "Chart", "c"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        var axis = svg.Descendants(ns + "line").First();
        var centre = (X: Number(axis, "x1"), Y: Number(axis, "y1"));
        var rim = Distance(centre, Number(axis, "x2"), Number(axis, "y2"));
        var dots = svg.Descendants(ns + "circle").ToList();
        Assert.Equal(rim, Distance(centre, Number(dots[0], "cx"), Number(dots[0], "cy")), 0.2);
        Assert.Equal(0, Distance(centre, Number(dots[1], "cx"), Number(dots[1], "cy")), 0.2);
        Assert.Contains("undecided", (string?)dots[1].Attribute("class"), StringComparison.Ordinal);
        Assert.Contains("n/a", svg.Descendants(ns + "text").Single(t => t.Value.Contains("Quality", StringComparison.Ordinal)).Elements(ns + "tspan").Last().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Radar_chart_is_labelled_for_screen_readers_with_every_score()
    {
        PrincipleScore[] principles = [new("a", "Access", 1, 80, 1, 0, 0, 0), new("b", "Quality & rigour", 1, 40, 0, 1, 0, 0)];

        var markup = RadarChart.Svg(principles, "Help desk <mvf>", "x");
        var svg = XElement.Parse(markup);

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Help desk <mvf>", svg.Element(ns + "title")!.Value);
        var description = svg.Element(ns + "desc")!.Value;
        Assert.Contains("Access 80", description, StringComparison.Ordinal);
        Assert.Contains("Quality & rigour 40", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Radar_chart_keeps_long_principle_titles_to_three_lines_and_the_score()
    {
        PrincipleScore[] principles =
        [
            new("a", "Two or more stackable, portable credentials toward further credentials up to a degree", 1, 50, 0, 2, 0, 0),
            new("b", "Aligned with regional labor-market trends, employment needs and wages", 1, 75, 1, 0, 0, 0),
            new("c", "Flexible delivery", 1, 100, 1, 0, 0, 0),
        ];

        var svg = XElement.Parse(RadarChart.Svg(principles, "Chart", "c"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        var labels = svg.Descendants(ns + "text").Where(e => (string?)e.Attribute("class") == "label").ToList();
        Assert.All(labels, label => Assert.InRange(label.Elements(ns + "tspan").Count(), 2, 4));
        Assert.Equal(principles[0].Title + ": 50", labels[0].Element(ns + "title")!.Value);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);

    private static double Distance((double X, double Y) centre, double x, double y) =>
        Math.Sqrt(((x - centre.X) * (x - centre.X)) + ((y - centre.Y) * (y - centre.Y)));
}
