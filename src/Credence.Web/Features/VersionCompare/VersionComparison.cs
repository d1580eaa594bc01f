using System.Text.Json;
using Credence.Domain.Evaluation;
using Credence.Web.Features.DesignForms;

namespace Credence.Web.Features.VersionCompare;

/// <summary>What changed between two versions of a design: every field that differs, and per framework the overall score and each criterion whose verdict moved.</summary>
internal sealed record VersionComparison(int From, int To, IReadOnlyList<FieldChange> Fields, IReadOnlyList<FrameworkChange> Frameworks)
{
    public static VersionComparison Compare(int from, string fromContent, IReadOnlyList<ScorecardSummary> fromScorecards, int to, string toContent, IReadOnlyList<ScorecardSummary> toScorecards)
    {
        var before = Flatten(fromContent);
        var after = Flatten(toContent);
        var fields = before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Select(path => new FieldChange(path, before.GetValueOrDefault(path), after.GetValueOrDefault(path)))
            .Where(c => c.Before != c.After)
            .OrderBy(c => c.Field, StringComparer.Ordinal)
            .ToList();
        var frameworks = fromScorecards.Select(s => s.FrameworkId).Union(toScorecards.Select(s => s.FrameworkId), StringComparer.Ordinal)
            .Select(id =>
            {
                var a = fromScorecards.FirstOrDefault(s => s.FrameworkId == id);
                var b = toScorecards.FirstOrDefault(s => s.FrameworkId == id);
                var criteria = (a?.Criteria ?? []).Select(c => c.CriterionId).Union((b?.Criteria ?? []).Select(c => c.CriterionId), StringComparer.Ordinal)
                    .Select(criterion =>
                    {
                        var x = a?.Criteria.FirstOrDefault(c => c.CriterionId == criterion);
                        var y = b?.Criteria.FirstOrDefault(c => c.CriterionId == criterion);
                        return new CriterionChange(criterion, (y ?? x)!.Title, x?.Status, y?.Status); // One of the two exists: the id came from them.
                    })
                    .ToList();
                return new FrameworkChange(id, (b ?? a)!.FrameworkTitle, a?.OverallScore, b?.OverallScore, criteria); // One of the two exists: the id came from them.
            })
            .ToList();
        return new VersionComparison(from, to, fields, frameworks);
    }

    /// <summary>Every leaf of the canonical JSON by its field path (<c>competencies[0].statement</c>), written as JSON.</summary>
    private static Dictionary<string, string> Flatten(string json)
    {
        using var document = JsonDocument.Parse(json);
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(document.RootElement, string.Empty, leaves);
        return leaves;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", leaves);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", leaves);
                }

                break;
            case JsonValueKind.String:
                leaves[path] = element.GetString() ?? string.Empty;
                break;
            default:
                leaves[path] = element.GetRawText();
                break;
        }
    }
}
