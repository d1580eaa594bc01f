using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>It comes in a variety of formats (module, workshop, boot camp, …) or self-paced.</summary>
internal sealed class FormatOptionsCheck : Check, IMicrocredentialCheck
{
    public override string Name => "format-options";

    public override string Description => "At least the minimum number of formats, or a self-paced option; a single format is partly met.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("min-formats", ParameterKind.Integer, "2", "How many formats make it flexible."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var formats = microcredential.Formats;
        var evidence = new[]
        {
            new Evidence("formats", Format.Of(formats)),
            new Evidence("pacing", Format.Of(microcredential.Pacing.Select(p => Format.Kebab(p)).ToList())),
        };
        if (formats.Count == 0 && microcredential.Pacing.Count == 0)
        {
            return CheckOutcome.Missing("Formats and pacing are not recorded.", "Record the formats offered (module, workshop, boot camp, …) and the pacing.", evidence);
        }

        if (formats.Count >= arguments.Integer("min-formats") || microcredential.Pacing.Contains(Pacing.SelfPaced))
        {
            return CheckOutcome.Met("It comes in several formats or self-paced.", evidence);
        }

        return CheckOutcome.PartlyMet("It comes in one format on a fixed schedule.", "Offer a further format (an intensive workshop or boot camp, an online module) or a self-paced option.", evidence);
    }
}
