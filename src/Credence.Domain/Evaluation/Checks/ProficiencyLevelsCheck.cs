using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every competency names the proficiency level a learner must reach on a named scale.</summary>
internal sealed class ProficiencyLevelsCheck : Check, IMicrocredentialCheck
{
    public override string Name => "proficiency-levels";

    public override string Description => "Every competency has a required proficiency level on a named scale.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var competencies = microcredential.Competencies;
        if (competencies.Count == 0)
        {
            return CheckOutcome.Missing("No competencies are recorded.", "State the competencies, each with the proficiency level required.", new Evidence("competencies", "none"));
        }

        var evidence = competencies
            .Select((c, i) => new Evidence($"competencies[{Format.Of(i)}].requiredProficiency", c.RequiredProficiency is { } p ? $"{p.Scale}: {p.Level}" : Format.MissingValue))
            .ToList();
        var withLevel = competencies.Count(c => c.RequiredProficiency is not null);
        var summary = $"{Format.Of(withLevel)} of {Format.Of(competencies.Count)} competencies name a required proficiency level.";
        const string Recommendation = "Give every competency the level a learner must reach on a named proficiency scale.";
        if (withLevel == competencies.Count)
        {
            return CheckOutcome.Met(summary, evidence);
        }

        return withLevel > 0 ? CheckOutcome.PartlyMet(summary, Recommendation, evidence) : CheckOutcome.NotMet(summary, Recommendation, evidence);
    }
}
