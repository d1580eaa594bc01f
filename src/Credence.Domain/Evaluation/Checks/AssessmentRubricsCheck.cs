using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every assessment has a rubric or published criteria for judging mastery.</summary>
internal sealed class AssessmentRubricsCheck : Check, IMicrocredentialCheck
{
    private static readonly IndexedField RubricField = new("assessments", "rubric");

    public override string Name => "assessment-rubrics";

    public override string Description => "Every assessment has a rubric or criteria text.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var assessments = microcredential.Assessments;
        if (assessments.Count == 0)
        {
            return CheckOutcome.Missing("No assessments are recorded.", "Record the assessments, each with its rubric.", new Evidence("assessments", "none"));
        }

        var evidence = assessments.Select((a, i) => new Evidence(RubricField[i], string.IsNullOrWhiteSpace(a.Rubric) ? Format.MissingValue : "given")).ToList();
        var withRubric = assessments.Count(a => !string.IsNullOrWhiteSpace(a.Rubric));
        var summary = $"{Format.Of(withRubric)} of {Format.Of(assessments.Count)} assessments have a rubric.";
        const string Recommendation = "Write a rubric for every assessment, aligned with industry standards, that says what mastery looks like.";
        if (withRubric == assessments.Count)
        {
            return CheckOutcome.Met(summary, evidence);
        }

        return withRubric > 0 ? CheckOutcome.PartlyMet(summary, Recommendation, evidence) : CheckOutcome.NotMet(summary, Recommendation, evidence);
    }
}
