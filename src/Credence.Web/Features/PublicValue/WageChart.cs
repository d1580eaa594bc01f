using System.Text;
using Credence.Domain.LaborMarket;
using Credence.Domain.Pathways;
using static Credence.Web.Features.PublicValue.SvgText;

namespace Credence.Web.Features.PublicValue;

/// <summary>A server-drawn SVG bar chart of one off-ramp: each occupation's median annual wage in the region, against the region's wage threshold drawn as a labelled line.</summary>
internal static class WageChart
{
    private const double Width = 640;
    private const double LabelWidth = 230;
    private const double ValueRoom = 80;
    private const double Row = 28;
    private const double Bar = 18;
    private const double Top = 34;

    public static string Svg(OffRampPoint point, WageThreshold? threshold, string title, string id)
    {
        ArgumentNullException.ThrowIfNull(point);
        var occupations = point.Occupations;
        var height = Top + (occupations.Count * Row) + 24;
        var plot = Width - LabelWidth - ValueRoom;
        var largest = occupations.Select(o => o.Wages?.MedianAnnual).Append(threshold?.AnnualAmount).Max() ?? 0m;
        var scale = largest <= 0 ? 0 : plot / (double)largest;
        var svg = new StringBuilder();
        svg.Append(F($"<svg class=\"wages\" viewBox=\"0 0 {Width} {height:0}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(F($"<title id=\"{id}-title\">{E(title)}</title>"));
        svg.Append(F($"<desc id=\"{id}-desc\">{E(Description(point, threshold))}</desc>"));
        for (var i = 0; i < occupations.Count; i++)
        {
            var o = occupations[i];
            var y = Top + (i * Row);
            var label = Wrap(o.Title ?? o.Code, 34, 1)[0];
            svg.Append(F($"<text x=\"{LabelWidth - 8}\" y=\"{y + 13:0.#}\" text-anchor=\"end\" aria-hidden=\"true\">{E(label)}</text>"));
            var median = o.Wages?.MedianAnnual;
            var band = o.ClearsThreshold switch { true => "clears", false => "below", _ => "unknown" };
            var barWidth = (double)(median ?? 0m) * scale;
            if (median is not null)
            {
                svg.Append(F($"<rect class=\"bar {band}\" x=\"{LabelWidth}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{Bar}\"/>"));
            }

            var value = median is { } m ? WageLine.Money(m, o.Wages!.MedianIsTopCoded) : "no data"; // Wages is set whenever a median is.
            svg.Append(F($"<text class=\"value\" x=\"{LabelWidth + barWidth + 6:0.#}\" y=\"{y + 13:0.#}\" aria-hidden=\"true\">{E(value)}</text>"));
        }

        if (threshold is not null)
        {
            var x = LabelWidth + ((double)threshold.AnnualAmount * scale);
            svg.Append(F($"<line class=\"threshold\" x1=\"{x:0.#}\" y1=\"{Top - 6}\" x2=\"{x:0.#}\" y2=\"{height - 20:0.#}\"/>"));
            var anchor = x > Width - 150 ? "end" : "middle";
            svg.Append(F($"<text class=\"tick\" x=\"{x:0.#}\" y=\"{Top - 12}\" text-anchor=\"{anchor}\" aria-hidden=\"true\">{E($"{threshold.Label}: {WageLine.Money(threshold.AnnualAmount)}")}</text>"));
        }

        svg.Append(F($"<text class=\"tick\" x=\"{LabelWidth}\" y=\"{height - 6:0.#}\" aria-hidden=\"true\">$0</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Description(OffRampPoint point, WageThreshold? threshold)
    {
        var bars = point.Occupations.Select(o =>
            $"{o.Title ?? o.Code}: {(o.Wages?.MedianAnnual is { } m ? WageLine.Money(m, o.Wages.MedianIsTopCoded) : "no data")}{(o.ClearsThreshold switch { true => ", at or above the line", false => ", below the line", _ => string.Empty })}");
        var line = threshold is null ? "No wage threshold is known for the region." : $"The line is the {threshold.Label}, {WageLine.Money(threshold.AnnualAmount)} a year.";
        return $"Median annual wage per occupation. {line} {string.Join("; ", bars)}.";
    }
}
