using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The microcredential is a stage of at least one of the institution's pathways.</summary>
internal sealed class PathwayMembershipCheck : Check, IMicrocredentialCheck
{
    public override string Name => "pathway-membership";

    public override string Description => "The microcredential is part of at least one pathway supplied to the evaluation.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        if (context.Pathways.Count == 0)
        {
            return CheckOutcome.Missing("No pathways were supplied to the evaluation.", "Evaluate the microcredential together with the institution's pathways.", new Evidence("pathways", "none supplied"))
                .WithCode(RuleCodes.NoPathwaysSupplied);
        }

        var member = PathwayIndex.PathwaysContaining(context.Pathways, microcredential.Id);
        var evidence = new Evidence("pathways containing it", Format.Of(member));
        return member.Count > 0
            ? CheckOutcome.Met($"It is part of {Format.Of(member.Count)} pathways.", evidence)
            : CheckOutcome.NotMet($"It is part of none of the {Format.Of(context.Pathways.Count)} pathways.", "Place the credential in a pathway that leads to a job and on to further credentials.", evidence);
    }
}
