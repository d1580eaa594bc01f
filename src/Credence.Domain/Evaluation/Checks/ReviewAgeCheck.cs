using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The latest quality review is recent enough.</summary>
internal sealed class ReviewAgeCheck : Check, IMicrocredentialCheck
{
    public override string Name => "review-age";

    public override string Description => "The latest quality review took place within the maximum review age.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("max-months", ParameterKind.Integer, "12", "The most months since the latest review."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        if (microcredential.QualityReviews.Count == 0)
        {
            return CheckOutcome.Missing(
                "No quality reviews are recorded.",
                "Record the date and outcome of the latest quality review.",
                new Evidence("qualityReviews", "none"));
        }

        var latest = microcredential.QualityReviews.Max(r => r.Date);
        return UpdateAgeCheck.Judge(latest, "qualityReviews.date (latest)", "The latest review", arguments.Integer("max-months"), context.AsOf,
            "Review the design again with subject-matter experts and record the review.");
    }
}
