using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The total cost to a learner (tuition + fees + materials) is affordable: met up to one amount, partly met up to a second.</summary>
internal sealed class MaxCostCheck : Check, IMicrocredentialCheck
{
    public override string Name => "max-cost";

    public override string Description => "Tuition plus fees plus materials is at most the affordable amount (partly met up to a second amount).";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("max-total", ParameterKind.Number, "1500", "The most the total may be for the criterion to be met."),
        new("partly-max-total", ParameterKind.Number, "3000", "The most the total may be for the criterion to be partly met."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        if (microcredential.Cost?.Total is not { } total)
        {
            return CheckOutcome.Missing(
                "The cost to a learner is not recorded.",
                "Record tuition, fees and materials (0 where free).",
                new Evidence("cost", Format.MissingValue));
        }

        var cost = microcredential.Cost;
        return Judge(total.Amount, total.Currency, arguments.Number("max-total"), arguments.Number("partly-max-total"),
            "The total cost",
            new Evidence("cost.tuition", Format.Of(cost.Tuition)),
            new Evidence("cost.fees", Format.Of(cost.Fees)),
            new Evidence("cost.materials", Format.Of(cost.Materials)),
            new Evidence("cost.total", $"{Format.Of(total.Amount)} {total.Currency}"));
    }

    internal static CheckOutcome Judge(decimal total, string currency, decimal max, decimal partlyMax, string what, params IReadOnlyList<Evidence> evidence)
    {
        var amount = $"{Format.Of(total)} {currency}";
        if (total <= max)
        {
            return CheckOutcome.Met($"{what} is {amount}, at most {Format.Of(max)}.", evidence);
        }

        var recommendation = $"Bring the cost to a learner to {Format.Of(max)} {currency} or less: open educational resources, waived fees, financial aid or employer sponsorship.";
        return total <= partlyMax
            ? CheckOutcome.PartlyMet($"{what} is {amount}, above {Format.Of(max)} but at most {Format.Of(partlyMax)}.", recommendation, evidence)
            : CheckOutcome.NotMet($"{what} is {amount}, above {Format.Of(partlyMax)}.", recommendation, evidence);
    }
}
