using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every stage of the pathway can be taken flexibly: online, hybrid or self-paced, or in more than one mode.</summary>
internal sealed class PathwayFlexibleDeliveryCheck : Check, IPathwayCheck
{
    public override string Name => "pathway-flexible-delivery";

    public override string Description => "Every stage has a microcredential offered online, hybrid, self-paced or in several modes; some stages is partly met.";

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context)
    {
        var route = PathwayRoute.Resolve(pathway, context);
        if (route.Unresolved.Count > 0)
        {
            return route.UnresolvedOutcome();
        }

        if (route.Stages.Count == 0)
        {
            return PathwayRoute.NoStagesOutcome();
        }

        var evidence = new List<Evidence>(route.Stages.Count);
        int flexible = 0, decided = 0;
        foreach (var stage in route.Stages)
        {
            var known = stage.Microcredentials.Where(m => m.DeliveryModes.Count > 0 || m.Pacing.Count > 0).ToList();
            var modes = known.SelectMany(m => m.DeliveryModes.Select(d => Format.Kebab(d)).Concat(m.Pacing.Select(p => Format.Kebab(p)))).Distinct().ToList();
            evidence.Add(new Evidence($"stages[{stage.Stage.Id}] delivery", known.Count == 0 ? Format.MissingValue : Format.Of(modes)));
            if (known.Count == 0)
            {
                continue;
            }

            decided++;
            if (known.Any(IsFlexible))
            {
                flexible++;
            }
        }

        if (decided < route.Stages.Count)
        {
            return CheckOutcome.Missing("The delivery of some stages is not recorded.", "Record the delivery modes and pacing of every credential of the pathway.", evidence);
        }

        const string Recommendation = "Offer every stage online or hybrid, or self-paced, beside in person.";
        if (flexible == decided)
        {
            return CheckOutcome.Met("Every stage can be taken flexibly.", evidence);
        }

        return flexible > 0
            ? CheckOutcome.PartlyMet($"{Format.Of(flexible)} of {Format.Of(decided)} stages can be taken flexibly.", Recommendation, evidence)
            : CheckOutcome.NotMet("No stage can be taken flexibly: in person on a fixed schedule only.", Recommendation, evidence);
    }

    private static bool IsFlexible(Microcredential m) =>
        m.Pacing.Contains(Pacing.SelfPaced) || m.DeliveryModes.Distinct().Count() > 1 || m.DeliveryModes.Any(d => d != DeliveryMode.InPerson);
}
