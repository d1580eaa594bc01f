using System.Text;
using Credence.Domain.Pathways;
using static Credence.Web.Features.PublicValue.SvgText;

namespace Credence.Web.Features.PublicValue;

/// <summary>A server-drawn SVG diagram of a pathway: its stages top to bottom in the order they can be taken, arrows for "after", and each stage's exits (off-ramps) beside it, ending in completion.</summary>
/// <remarks>One stage per row keeps the diagram narrow enough for a phone; the page lists the same stages and exits as text.</remarks>
internal static class PathwayDiagram
{
    private const double Width = 640;
    private const double StageX = 40;
    private const double StageWidth = 300;
    private const double ExitX = 390;
    private const double ExitWidth = 230;
    private const double Line = 16;
    private const double Pad = 10;
    private const double Gap = 34;

    /// <summary>Draws the diagram; <paramref name="titles"/> names microcredentials and occupations by id or code where known.</summary>
    public static string Svg(Pathway pathway, IReadOnlyDictionary<string, string> titles, string id)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var stages = Ordered(pathway.Stages);
        var rows = new List<Row>();
        var y = 20.0;
        foreach (var stage in stages)
        {
            var stageLines = StageLines(stage, titles);
            var exits = pathway.OffRamps.Where(o => o.AfterStage == stage.Id).Select(o => ExitLines(o.Title ?? "Exit", o.Occupations, titles)).ToList();
            var exitHeight = exits.Sum(e => (e.Count * Line) + (2 * Pad) + 8);
            var rowHeight = Math.Max((stageLines.Count * Line) + (2 * Pad), exitHeight - 8);
            rows.Add(new Row(stage, stageLines, exits, y, rowHeight));
            y += rowHeight + Gap;
        }

        var completion = new List<string> { "Completion" };
        completion.AddRange(pathway.StacksInto.Select(t => "Stacks into " + t.Credential).SelectMany(t => Wrap(t, 34, 2)));
        completion.AddRange(pathway.TargetOccupations.Select(c => "→ " + titles.GetValueOrDefault(c, c)).SelectMany(t => Wrap(t, 34, 2)));
        var completionHeight = (completion.Count * Line) + (2 * Pad);
        var height = y + completionHeight + 20;

        var svg = new StringBuilder();
        svg.Append(F($"<svg class=\"diagram\" viewBox=\"0 0 {Width} {height:0}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(F($"<title id=\"{id}-title\">{E($"Diagram of the {pathway.Title} pathway")}</title>"));
        svg.Append(F($"<desc id=\"{id}-desc\">{E(Description(pathway, stages))}</desc>"));
        svg.Append("<defs><marker id=\"").Append(id).Append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        var byId = rows.ToDictionary(r => r.Stage.Id, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            foreach (var before in row.Stage.After.Where(byId.ContainsKey).Select(a => byId[a]))
            {
                svg.Append(Arrow(before, row, rows.IndexOf(before) == i - 1, id));
            }

            Box(svg, "stage", StageX, row.Y, StageWidth, row.Height, row.StageLines);
            var exitY = row.Y;
            foreach (var exit in row.Exits)
            {
                var exitHeight = (exit.Count * Line) + (2 * Pad);
                svg.Append(F($"<path class=\"exit-arrow\" d=\"M{StageX + StageWidth},{row.Y + 20:0.#} L{ExitX - 2},{exitY + 20:0.#}\" marker-end=\"url(#{id}-arrow)\"/>"));
                Box(svg, "exit", ExitX, exitY, ExitWidth, exitHeight, exit);
                exitY += exitHeight + 8;
            }
        }

        var last = rows.Count > 0 ? rows[^1] : null;
        if (last is not null)
        {
            svg.Append(F($"<path class=\"arrow\" d=\"M{StageX + (StageWidth / 2)},{last.Y + last.Height:0.#} L{StageX + (StageWidth / 2)},{y - 2:0.#}\" marker-end=\"url(#{id}-arrow)\"/>"));
        }

        Box(svg, "stage completion", StageX, y, StageWidth, completionHeight, completion);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The stages in an order where each comes after the stages it names (a stage that names an unknown or cyclic stage keeps its place).</summary>
    public static IReadOnlyList<PathwayStage> Ordered(IReadOnlyList<PathwayStage> stages)
    {
        var placed = new List<PathwayStage>();
        var remaining = stages.ToList();
        var known = stages.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(s => s.After.Where(known.Contains).All(a => placed.Any(p => p.Id == a))) ?? remaining[0];
            placed.Add(next);
            remaining.Remove(next);
        }

        return placed;
    }

    private static List<string> StageLines(PathwayStage stage, IReadOnlyDictionary<string, string> titles)
    {
        var lines = Wrap(stage.Title ?? stage.Id, 34, 2);
        var rule = stage.Rule == StageRule.AllOf ? "All of:" : F($"{stage.RequiredCount} of:");
        lines.Add(rule);
        var shown = stage.Microcredentials.Take(4).Select(m => "• " + titles.GetValueOrDefault(m, m)).SelectMany(t => Wrap(t, 38, 1));
        lines.AddRange(shown);
        if (stage.Microcredentials.Count > 4)
        {
            lines.Add(F($"  and {stage.Microcredentials.Count - 4} more"));
        }

        return lines;
    }

    private static List<string> ExitLines(string title, IReadOnlyList<string> occupations, IReadOnlyDictionary<string, string> titles)
    {
        var lines = Wrap("Exit: " + title, 28, 2);
        lines.AddRange(occupations.Take(3).Select(c => "→ " + titles.GetValueOrDefault(c, c)).SelectMany(t => Wrap(t, 30, 2)));
        return lines;
    }

    private static void Box(StringBuilder svg, string css, double x, double y, double width, double height, List<string> lines)
    {
        svg.Append(F($"<rect class=\"{css}\" x=\"{x}\" y=\"{y:0.#}\" width=\"{width}\" height=\"{height:0.#}\" rx=\"6\"/>"));
        svg.Append(F($"<text x=\"{x + Pad}\" y=\"{y + Pad + 12:0.#}\" aria-hidden=\"true\">"));
        for (var i = 0; i < lines.Count; i++)
        {
            var weight = i == 0 ? " class=\"value\"" : string.Empty;
            svg.Append(F($"<tspan{weight} x=\"{x + Pad}\" dy=\"{(i == 0 ? 0 : Line)}\">{E(lines[i])}</tspan>"));
        }

        svg.Append("</text>");
    }

    private static string Arrow(Row from, Row to, bool adjacent, string id)
    {
        var x = StageX + (StageWidth / 2);
        if (adjacent)
        {
            return F($"<path class=\"arrow\" d=\"M{x},{from.Y + from.Height:0.#} L{x},{to.Y - 2:0.#}\" marker-end=\"url(#{id}-arrow)\"/>");
        }

        // A stage that follows a non-adjacent one: route the arrow along the left margin.
        return F($"<path class=\"arrow\" d=\"M{StageX},{from.Y + (from.Height / 2):0.#} C{StageX - 34},{from.Y + (from.Height / 2):0.#} {StageX - 34},{to.Y + 14:0.#} {StageX - 2},{to.Y + 14:0.#}\" marker-end=\"url(#{id}-arrow)\"/>");
    }

    private static string Description(Pathway pathway, IReadOnlyList<PathwayStage> stages)
    {
        var parts = stages.Select(s =>
        {
            var after = s.After.Count == 0 ? "an entry stage" : "after " + string.Join(" and ", s.After);
            var exits = pathway.OffRamps.Where(o => o.AfterStage == s.Id).Select(o => o.Title ?? "an exit").ToList();
            return $"{s.Title ?? s.Id} ({after}, {s.Microcredentials.Count} microcredentials){(exits.Count > 0 ? ", exits: " + string.Join(", ", exits) : string.Empty)}";
        });
        return $"{stages.Count} stages: {string.Join("; ", parts)}; then completion.";
    }

    private sealed record Row(PathwayStage Stage, List<string> StageLines, List<List<string>> Exits, double Y, double Height);
}
