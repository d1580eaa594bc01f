using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Learning materials are open educational resources or cost little.</summary>
internal sealed class LowCostMaterialsCheck : Check, IMicrocredentialCheck
{
    public override string Name => "low-cost-materials";

    public override string Description => "Materials are open educational resources, or cost at most a set amount.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("max-materials", ParameterKind.Number, "100", "The most the materials may cost, in the cost's currency."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var cost = microcredential.Cost;
        if (cost is null)
        {
            return CheckOutcome.Missing(
                "The cost is not recorded.",
                "Record the cost of materials, and whether they are open educational resources.",
                new Evidence("cost", Format.MissingValue));
        }

        var max = arguments.Number("max-materials");
        var evidence = new[]
        {
            new Evidence("cost.openEducationalResources", Format.Of(cost.OpenEducationalResources)),
            new Evidence("cost.materials", Format.Of(cost.Materials)),
        };
        if (cost.OpenEducationalResources)
        {
            return CheckOutcome.Met("Materials are open educational resources.", evidence);
        }

        if (cost.Materials is not { } materials)
        {
            return CheckOutcome.Missing(
                "The cost of materials is not recorded.",
                "Record the cost of materials (0 when free), or mark them as open educational resources.",
                evidence);
        }

        return materials <= max
            ? CheckOutcome.Met($"Materials cost {Format.Of(materials)} {cost.Currency}, at most {Format.Of(max)}.", evidence)
            : CheckOutcome.NotMet(
                $"Materials cost {Format.Of(materials)} {cost.Currency}, more than {Format.Of(max)}.",
                "Replace paid materials with open educational resources or free alternatives.",
                evidence);
    }
}
