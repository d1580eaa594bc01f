using System.Globalization;
using System.Net;
using System.Text;
using Credence.Domain.Pathways;

namespace Credence.Cli.Reports;

/// <summary>An inline SVG bar chart of an off-ramp report: per stage the highest median annual wage among its occupations, against the region's wage threshold.</summary>
internal static class WageChart
{
    private const double Width = 720;
    private const double LabelWidth = 290;
    private const double ValueWidth = 90;
    private const double RowHeight = 30;
    private const double BarHeight = 18;
    private const double Top = 28;
    private const double Bottom = 24;

    /// <summary>The wage the chart shows for a point: the highest median among its occupations, or null when none has one.</summary>
    public static decimal? Median(OffRampPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Occupations.Select(o => o.Wages?.MedianAnnual).Max();
    }

    /// <summary>Draws the chart; a stage without a wage gets no bar and the value "n/a".</summary>
    public static string Svg(OffRampReport report, string title, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        var points = report.Points;
        var height = Top + (points.Count * RowHeight) + Bottom;
        var plotWidth = Width - LabelWidth - ValueWidth;
        var largest = points.Select(Median).Append(report.Threshold?.AnnualAmount).Max() ?? 0m;
        var scale = largest <= 0 ? 0 : (double)plotWidth / (double)largest;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"wages\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv($"<title id=\"{id}-title\">{Encode(title)}</title>"));
        svg.Append(Inv($"<desc id=\"{id}-desc\">{Encode(Describe(report))}</desc>"));
        for (var i = 0; i < points.Count; i++)
        {
            var y = Top + (i * RowHeight);
            var label = ReportText.OffRampLabel(points[i]);
            label = label.Length <= 40 ? label : string.Concat(label.AsSpan(0, 39), "…");
            svg.Append(Inv($"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + (BarHeight * 0.75):0.#}\" text-anchor=\"end\">{Encode(label)}</text>"));
            var median = Median(points[i]);
            if (median is { } value)
            {
                var band = points[i].ClearsThreshold == false ? "below" : "clears";
                svg.Append(Inv($"<rect class=\"wage {band}\" x=\"{LabelWidth}\" y=\"{y:0.#}\" width=\"{(double)value * scale:0.#}\" height=\"{BarHeight}\"/>"));
            }

            var x = LabelWidth + ((double)(median ?? 0m) * scale) + 6;
            svg.Append(Inv($"<text class=\"value\" x=\"{x:0.#}\" y=\"{y + (BarHeight * 0.75):0.#}\">{ReportText.Money(median)}</text>"));
        }

        if (report.Threshold is { } threshold)
        {
            var x = LabelWidth + ((double)threshold.AnnualAmount * scale);
            svg.Append(Inv($"<line class=\"threshold\" x1=\"{x:0.#}\" y1=\"{Top - 8}\" x2=\"{x:0.#}\" y2=\"{height - Bottom + 4:0.#}\"/>"));
            svg.Append(Inv($"<text class=\"scale\" x=\"{x:0.#}\" y=\"{Top - 12}\" text-anchor=\"middle\">threshold {ReportText.Money(threshold.AnnualAmount)}</text>"));
        }

        svg.Append(Inv($"<text class=\"scale\" x=\"{LabelWidth}\" y=\"{height - 6:0.#}\">$0</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Describe(OffRampReport report)
    {
        var parts = report.Points.Select(p => $"{ReportText.OffRampLabel(p)}: {ReportText.Money(Median(p))}");
        return $"Highest median annual wage per stage. {ReportText.Threshold(report)}. {string.Join("; ", parts)}.";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
