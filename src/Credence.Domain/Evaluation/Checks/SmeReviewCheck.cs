using Credence.Domain.Common;
using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A subject-matter-expert review that approved the design is on record.</summary>
internal sealed class SmeReviewCheck : Check, IMicrocredentialCheck
{
    private static readonly string[] ReviewerKinds = Enum.GetValues<ReviewerKind>().Select(k => Format.Kebab(k)).ToArray();

    private static readonly IndexedField ReviewField = new("qualityReviews");

    public override string Name => "sme-review";

    public override string Description => "A review by one of the named kinds of reviewer approved the design (with or without changes).";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("reviewer-kinds", ParameterKind.List, "subject-matter-expert", "The kinds of reviewer whose approval counts.", ReviewerKinds),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var reviews = microcredential.QualityReviews;
        if (reviews.Count == 0)
        {
            return CheckOutcome.Missing(
                "No quality reviews are recorded.",
                "Have subject-matter experts review the competencies and assessments, and record the review.",
                new Evidence("qualityReviews", "none"));
        }

        var kinds = arguments.List("reviewer-kinds");
        var evidence = reviews
            .Select((r, i) => new Evidence(ReviewField[i], $"{Format.Kebab(r.ReviewerKind)}, {Format.Kebab(r.Outcome)}, {Format.Of(r.Date)}"))
            .ToList();
        var approved = reviews.Any(r => kinds.Contains(Format.Kebab(r.ReviewerKind)) && r.Outcome != ReviewOutcome.Rejected);
        if (approved)
        {
            return CheckOutcome.Met("A review by a qualifying reviewer approved the design.", evidence);
        }

        return CheckOutcome.NotMet(
            $"No review by a {string.Join(" or ", kinds)} approved the design.",
            $"Have a {string.Join(" or ", kinds)} review the competencies and assessments, address the findings, and record the approval.",
            evidence);
    }
}
