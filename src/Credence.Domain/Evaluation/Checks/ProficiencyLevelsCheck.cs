using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every competency names the proficiency level a learner must reach on a named scale.</summary>
internal sealed class ProficiencyLevelsCheck : Check, IMicrocredentialCheck
{
    private static readonly IndexedField LevelField = new("competencies", "requiredProficiency");

    public override string Name => "proficiency-levels";

    public override string Description => "Every competency has a required proficiency level on a named scale.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var competencies = microcredential.Competencies;
        if (competencies.Count == 0)
        {
            return CheckOutcome.Missing("No competencies are recorded.", "State the competencies, each with the proficiency level required.", new Evidence("competencies", "none"));
        }

        var evidence = new Evidence[competencies.Count];
        var withLevel = 0;
        for (var i = 0; i < competencies.Count; i++)
        {
            var level = competencies[i].RequiredProficiency;
            evidence[i] = new Evidence(LevelField[i], level is null ? Format.MissingValue : level.Scale + ": " + level.Level);
            withLevel += level is null ? 0 : 1;
        }

        var summary = $"{Format.Of(withLevel)} of {Format.Of(competencies.Count)} competencies name a required proficiency level.";
        const string Recommendation = "Give every competency the level a learner must reach on a named proficiency scale.";
        if (withLevel == competencies.Count)
        {
            return CheckOutcome.Met(summary, evidence);
        }

        return withLevel > 0 ? CheckOutcome.PartlyMet(summary, Recommendation, evidence) : CheckOutcome.NotMet(summary, Recommendation, evidence);
    }
}
