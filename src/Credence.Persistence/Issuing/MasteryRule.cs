using Credence.Domain.Microcredentials;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>The award rule: every competency mastered at its required level; seat time alone never awards.</summary>
internal static class MasteryRule
{
    /// <summary>Whether a result masters its competency.</summary>
    public static bool IsMastered(Competency competency, string? level, string? result, bool? mastered) =>
        competency.RequiredProficiency is { } requirement
            ? ProficiencyScales.Meets(requirement, level) && mastered != false
            : mastered ?? (level is not null || result is not null);

    /// <summary>Checks one result against the microcredential: unknown competency or level, bad evidence links.</summary>
    public static IEnumerable<IssuingProblem> Check(Microcredential microcredential, CompetencyResult result, string fieldPrefix)
    {
        var competency = microcredential.Competencies.FirstOrDefault(c => c.Id == result.CompetencyId);
        if (competency is null)
        {
            yield return new IssuingProblem(IssuingCodes.CompetencyUnknown, fieldPrefix + "competencyId", $"The microcredential has no competency '{result.CompetencyId}'.");
            yield break;
        }

        if (result.ProficiencyLevel is { } level && competency.RequiredProficiency is { } requirement && !ProficiencyScales.IsLevel(requirement, level))
        {
            yield return new IssuingProblem(IssuingCodes.LevelUnknown, fieldPrefix + "proficiencyLevel", $"'{level}' is not a level of the scale '{requirement.Scale}'.");
        }

        foreach (var link in result.Evidence)
        {
            if (!IsHttpUrl(link.Url))
            {
                yield return new IssuingProblem(IssuingCodes.EvidenceUrlInvalid, fieldPrefix + "evidence", $"'{link.Url}' is not an absolute http(s) URL.");
            }
        }
    }

    /// <summary>Whether the microcredential can be awarded at all on mastery: it has competencies and a rule that is not seat time only.</summary>
    public static IssuingProblem? CheckRule(Microcredential microcredential)
    {
        if (microcredential.AwardRule is { IsSeatTimeOnly: true })
        {
            return new IssuingProblem(IssuingCodes.SeatTimeOnly, "awardRule", "The award rule rests on seat time alone; Credence awards on mastery only.");
        }

        return microcredential.Competencies.Count == 0
            ? new IssuingProblem(IssuingCodes.NoCompetencies, "competencies", "The microcredential has no competencies to master.")
            : null;
    }

    /// <summary>The competencies the latest results do not master yet.</summary>
    public static IReadOnlyList<string> Outstanding(Microcredential microcredential, IEnumerable<AssessmentResult> results)
    {
        var latest = results.GroupBy(r => r.CompetencyId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.AssessedAt).ThenBy(r => r.Id).Last(), StringComparer.Ordinal);
        return microcredential.Competencies.Where(c => !latest.TryGetValue(c.Id, out var r) || !r.Mastered).Select(c => c.Id).ToList();
    }

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
