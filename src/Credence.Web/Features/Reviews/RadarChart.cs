using System.Globalization;
using System.Text;
using Credence.Domain.Evaluation;
using Credence.Web.Features.PublicValue;
using static Credence.Web.Features.PublicValue.SvgText;

namespace Credence.Web.Features.Reviews;

/// <summary>A server-rendered SVG radar chart of a scorecard's principle scores: one spoke per principle, 0 at the hub, 100 at the rim; it scales to the page width.</summary>
/// <remarks>The chart carries its own text alternative (<c>title</c> and <c>desc</c>); the page also lists the same scores as text.</remarks>
internal static class RadarChart
{
    private const double Width = 560;
    private const double Height = 460;
    private const double Hub = 230;
    private const double HubX = Width / 2;
    private const double Radius = 140;
    private const int LabelWidth = 16;

    public static string Svg(IReadOnlyList<PrincipleScore> principles, string title, string id)
    {
        ArgumentNullException.ThrowIfNull(principles);
        var spokes = Math.Max(principles.Count, 3);
        var svg = new StringBuilder();
        svg.Append(F($"<svg class=\"radar\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(F($"<title id=\"{id}-title\">{E(title)}</title>"));
        svg.Append(F($"<desc id=\"{id}-desc\">{E(Description(principles))}</desc>"));
        foreach (var level in new[] { 25.0, 50, 75, 100 })
        {
            svg.Append(F($"<polygon class=\"grid\" points=\"{Polygon(Enumerable.Repeat(level, spokes).ToList())}\"/>"));
        }

        for (var i = 0; i < principles.Count; i++)
        {
            var (x, y) = At(i, principles.Count, 100);
            svg.Append(F($"<line class=\"spoke\" x1=\"{HubX}\" y1=\"{Hub}\" x2=\"{x:0.#}\" y2=\"{y:0.#}\"/>"));
        }

        if (principles.Count > 0)
        {
            svg.Append(F($"<polygon class=\"area\" points=\"{Polygon(principles.Select(p => p.Score ?? 0).ToList())}\"/>"));
            for (var i = 0; i < principles.Count; i++)
            {
                var (x, y) = At(i, principles.Count, principles[i].Score ?? 0);
                svg.Append(F($"<circle class=\"{(principles[i].Score is null ? "point undecided" : "point")}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4\"/>"));
                svg.Append(Label(i, principles.Count, principles[i]));
            }
        }

        svg.Append(F($"<text class=\"tick\" x=\"{HubX + 4}\" y=\"{Hub - Radius - 4}\">100</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A principle's score as text: "72" or "n/a" when nothing could be decided.</summary>
    public static string Score(double? score) => score is { } s ? Math.Round(s).ToString("0", CultureInfo.InvariantCulture) : "n/a";

    private static string Description(IReadOnlyList<PrincipleScore> principles) =>
        "Score out of 100 per principle: " + string.Join("; ", principles.Select(p => $"{p.Title} {Score(p.Score)}")) + ".";

    private static string Label(int index, int count, PrincipleScore principle)
    {
        var angle = Angle(index, count);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var x = HubX + ((Radius + 12) * cos);
        var y = Hub + ((Radius + 12) * sin);
        var anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
        var lines = SvgText.Wrap(principle.Title, LabelWidth, 3);
        lines.Add(Score(principle.Score));
        const double Line = 14;
        var top = sin < -0.3 ? y - ((lines.Count - 1) * Line) : sin > 0.3 ? y + 10 : y - ((lines.Count - 2) * Line / 2);
        var text = new StringBuilder(F($"<text class=\"label\" text-anchor=\"{anchor}\" x=\"{x:0.#}\" y=\"{top:0.#}\" aria-hidden=\"true\">"));
        for (var i = 0; i < lines.Count; i++)
        {
            var css = i == lines.Count - 1 ? " class=\"score\"" : string.Empty;
            text.Append(F($"<tspan{css} x=\"{x:0.#}\" dy=\"{(i == 0 ? 0 : Line)}\">{E(lines[i])}</tspan>"));
        }

        return text.Append("</text>").ToString();
    }

    private static string Polygon(List<double> scores) =>
        string.Join(" ", scores.Select((s, i) => At(i, scores.Count, s)).Select(p => F($"{p.X:0.#},{p.Y:0.#}")));

    private static double Angle(int index, int count) => (-Math.PI / 2) + (2 * Math.PI * index / count);

    private static (double X, double Y) At(int index, int count, double score)
    {
        var r = Radius * Math.Clamp(score, 0, 100) / 100;
        var angle = Angle(index, count);
        return (HubX + (r * Math.Cos(angle)), Hub + (r * Math.Sin(angle)));
    }
}
