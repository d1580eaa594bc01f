using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Learners can choose how they take it: several delivery modes, or self-paced.</summary>
internal sealed class DeliveryFlexibilityCheck : Check, IMicrocredentialCheck
{
    public override string Name => "delivery-flexibility";

    public override string Description => "At least the minimum number of delivery modes, or a self-paced option; a single online or hybrid mode is partly met.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("min-modes", ParameterKind.Integer, "2", "How many delivery modes make it flexible."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var modes = microcredential.DeliveryModes;
        var pacing = microcredential.Pacing;
        var evidence = new[]
        {
            new Evidence("deliveryModes", Format.Of(modes.Select(m => Format.Kebab(m)).ToList())),
            new Evidence("pacing", Format.Of(pacing.Select(p => Format.Kebab(p)).ToList())),
        };
        if (modes.Count == 0 && pacing.Count == 0)
        {
            return CheckOutcome.Missing("Delivery modes and pacing are not recorded.", "Record the delivery modes (online, hybrid, in person) and pacing (self-paced, cohort).", evidence);
        }

        var minimum = arguments.Integer("min-modes");
        if (modes.Distinct().Count() >= minimum || pacing.Contains(Pacing.SelfPaced))
        {
            return CheckOutcome.Met("Learners can choose how or when they learn.", evidence);
        }

        const string Recommendation = "Offer another delivery mode (online or hybrid beside in person) or a self-paced option.";
        return modes.Any(m => m != DeliveryMode.InPerson)
            ? CheckOutcome.PartlyMet("One online or hybrid mode, on a fixed schedule.", Recommendation, evidence)
            : CheckOutcome.NotMet("Only in person, on a fixed schedule.", Recommendation, evidence);
    }
}
