using System.Globalization;
using System.Net;
using System.Text;
using Credence.Domain.Evaluation;

namespace Credence.Cli.Reports;

/// <summary>An inline SVG radar chart of a scorecard's per-principle scores: one axis per principle, 0 at the centre, 100 at the rim.</summary>
internal static class RadarChart
{
    private const double Width = 600;
    private const double Height = 500;
    private const double CentreX = Width / 2;
    private const double CentreY = Height / 2;
    private const double Radius = 150;
    private const int SideLabelWidth = 18;
    private const int TopLabelWidth = 32;
    private const int MaxLabelLines = 3;

    /// <summary>Draws the chart; undecided principles sit at the centre and are labelled "n/a".</summary>
    public static string Svg(IReadOnlyList<PrincipleScore> principles, string title, string id)
    {
        ArgumentNullException.ThrowIfNull(principles);
        var count = principles.Count;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"radar\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv($"<title id=\"{id}-title\">{Encode(title)}</title>"));
        svg.Append(Inv($"<desc id=\"{id}-desc\">{Encode(Describe(principles))}</desc>"));

        foreach (var ring in new[] { 25, 50, 75, 100 })
        {
            var points = string.Join(" ", Enumerable.Range(0, Math.Max(count, 3)).Select(i => Point(i, Math.Max(count, 3), ring)));
            svg.Append(Inv($"<polygon class=\"ring\" points=\"{points}\"/>"));
        }

        for (var i = 0; i < count; i++)
        {
            var (x, y) = Coordinates(i, count, 100);
            svg.Append(Inv($"<line class=\"axis\" x1=\"{CentreX:0.#}\" y1=\"{CentreY:0.#}\" x2=\"{x:0.#}\" y2=\"{y:0.#}\"/>"));
        }

        if (count > 0)
        {
            var shape = string.Join(" ", principles.Select((p, i) => Point(i, count, p.Score ?? 0)));
            svg.Append(Inv($"<polygon class=\"score\" points=\"{shape}\"/>"));
            for (var i = 0; i < count; i++)
            {
                var (x, y) = Coordinates(i, count, principles[i].Score ?? 0);
                var cls = principles[i].Score is null ? "dot undecided" : "dot";
                svg.Append(Inv($"<circle class=\"{cls}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4\"/>"));
            }
        }

        for (var i = 0; i < count; i++)
        {
            svg.Append(Label(i, count, principles[i]));
        }

        svg.Append(Inv($"<text class=\"scale\" x=\"{CentreX + 4:0.#}\" y=\"{CentreY - Radius + 12:0.#}\">100</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Describe(IReadOnlyList<PrincipleScore> principles) =>
        "Score by principle, out of 100: " + string.Join("; ", principles.Select(p => $"{p.Title} {ReportText.Score(p.Score)}")) + ".";

    private static string Label(int index, int count, PrincipleScore principle)
    {
        var angle = Angle(index, count);
        var x = CentreX + ((Radius + 14) * Math.Cos(angle));
        var y = CentreY + ((Radius + 14) * Math.Sin(angle));
        var cos = Math.Cos(angle);
        var anchor = cos > 0.1 ? "start" : cos < -0.1 ? "end" : "middle";

        // Labels above and below the chart have room to be wider than those at its sides.
        var lines = ReportText.WrapWords(principle.Title, Math.Abs(cos) <= 0.1 ? TopLabelWidth : SideLabelWidth);
        if (lines.Count > MaxLabelLines)
        {
            lines = [.. lines.Take(MaxLabelLines - 1), lines[MaxLabelLines - 1] + "…"];
        }

        lines.Add(ReportText.Score(principle.Score));
        var sin = Math.Sin(angle);

        // Labels above the chart grow upwards, those below grow downwards, those at the sides are centred on the axis.
        var lineHeight = 13.0;
        var firstY = sin < -0.3 ? y - ((lines.Count - 1) * lineHeight) : sin > 0.3 ? y + 9 : y - ((lines.Count - 2) * lineHeight / 2);
        var text = new StringBuilder();
        text.Append(Inv($"<text class=\"label\" text-anchor=\"{anchor}\" x=\"{x:0.#}\" y=\"{firstY:0.#}\">"));
        text.Append(Inv($"<title>{Encode(principle.Title)}: {ReportText.Score(principle.Score)}</title>"));
        for (var i = 0; i < lines.Count; i++)
        {
            var cls = i == lines.Count - 1 ? " class=\"value\"" : string.Empty;
            var dy = i == 0 ? "0" : lineHeight.ToString("0.#", CultureInfo.InvariantCulture);
            text.Append(Inv($"<tspan{cls} x=\"{x:0.#}\" dy=\"{dy}\">{Encode(lines[i])}</tspan>"));
        }

        text.Append("</text>");
        return text.ToString();
    }

    private static double Angle(int index, int count) => (-Math.PI / 2) + (2 * Math.PI * index / count);

    private static (double X, double Y) Coordinates(int index, int count, double score)
    {
        var r = Radius * Math.Clamp(score, 0, 100) / 100;
        var angle = Angle(index, count);
        return (CentreX + (r * Math.Cos(angle)), CentreY + (r * Math.Sin(angle)));
    }

    private static string Point(int index, int count, double score)
    {
        var (x, y) = Coordinates(index, count, score);
        return Inv($"{x:0.#},{y:0.#}");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
