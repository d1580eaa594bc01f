using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every competency is assessed by a performance-based assessment (the learner performs the skill).</summary>
internal sealed class PerformanceAssessmentCheck : Check, IMicrocredentialCheck
{
    private static readonly IndexedField AssessmentField = new("assessments");

    public override string Name => "performance-assessment";

    public override string Description => "Every competency is assessed by at least one performance-based assessment.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var competencies = microcredential.Competencies;
        if (competencies.Count == 0 || microcredential.Assessments.Count == 0)
        {
            return CheckOutcome.Missing(
                "Competencies or assessments are not recorded.",
                "Record the competencies and the assessments, naming which competencies each assesses.",
                new Evidence("competencies", Format.Of(competencies.Count)),
                new Evidence("assessments", Format.Of(microcredential.Assessments.Count)));
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assessment in microcredential.Assessments)
        {
            if (assessment.PerformanceBased)
            {
                covered.UnionWith(assessment.Assesses);
            }
        }

        var uncovered = new List<string>();
        foreach (var competency in competencies)
        {
            if (!covered.Contains(competency.Id))
            {
                uncovered.Add(competency.Id);
            }
        }

        var evidence = new List<Evidence>(microcredential.Assessments.Count + 1);
        for (var i = 0; i < microcredential.Assessments.Count; i++)
        {
            var a = microcredential.Assessments[i];
            evidence.Add(new Evidence(AssessmentField[i], $"{a.Id}: {Format.Kebab(a.Method)}, performance-based {Format.Of(a.PerformanceBased)}, assesses {Format.Of(a.Assesses)}"));
        }

        evidence.Add(new Evidence("competencies without a performance-based assessment", Format.Of(uncovered)));
        if (uncovered.Count == 0)
        {
            return CheckOutcome.Met("Every competency is assessed by a performance-based assessment.", evidence);
        }

        var summary = $"{Format.Of(uncovered.Count)} of {Format.Of(competencies.Count)} competencies have no performance-based assessment.";
        var recommendation = $"Assess {string.Join(", ", uncovered)} by performance: a project, portfolio, simulation, practicum or observation with a rubric.";
        return uncovered.Count < competencies.Count
            ? CheckOutcome.PartlyMet(summary, recommendation, evidence)
            : CheckOutcome.NotMet(summary, recommendation, evidence);
    }
}
