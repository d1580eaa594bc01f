using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every credential of the pathway is issued as a portable digital badge.</summary>
internal sealed class PathwayPortableCredentialsCheck : Check, IPathwayCheck
{
    public override string Name => "pathway-portable-credentials";

    public override string Description => "Every microcredential of the pathway is issued as a digital badge; some is partly met.";

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context) =>
        PathwayShare.Judge(pathway, context, m => m.Publication?.DigitalBadge, "publication.digitalBadge",
            "issued as digital badges", "Issue every credential of the pathway as an Open Badges 3.0 credential learners can carry.");
}
