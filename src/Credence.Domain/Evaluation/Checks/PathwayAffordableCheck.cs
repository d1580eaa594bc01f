using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Completing the pathway by its cheapest route is affordable: at most an amount per credential completed.</summary>
internal sealed class PathwayAffordableCheck : Check, IPathwayCheck
{
    public override string Name => "pathway-affordable";

    public override string Description => "The total cost of the cheapest complete route is at most the per-credential amount times the credentials it takes (partly met up to the second amount).";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("max-per-credential", ParameterKind.Number, "1500", "The affordable amount per credential completed."),
        new("partly-max-per-credential", ParameterKind.Number, "3000", "The partly affordable amount per credential completed."),
    ];

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

        var unknown = route.All.Where(m => m.Cost?.Total is null).Select(m => m.Id).ToList();
        if (unknown.Count > 0)
        {
            return CheckOutcome.Missing($"The cost of {string.Join(", ", unknown)} is not recorded.", "Record the cost of every credential of the pathway.", new Evidence("stages[*].microcredentials without cost", string.Join(", ", unknown)));
        }

        decimal total = 0;
        var credentials = 0;
        var currencies = new HashSet<string>(StringComparer.Ordinal);
        var evidence = new List<Evidence>(route.Stages.Count + 1);
        foreach (var stage in route.Stages)
        {
            var cheapest = stage.Microcredentials.OrderBy(m => m.Cost!.Total!.Value.Amount).Take(stage.Stage.RequiredCount).ToList(); // Costs are all known: checked above.
            foreach (var m in cheapest)
            {
                var cost = m.Cost!.Total!.Value; // Known: checked above.
                total += cost.Amount;
                currencies.Add(cost.Currency);
                credentials++;
            }

            evidence.Add(new Evidence($"stages[{stage.Stage.Id}]", string.Join(", ", cheapest.Select(m => $"{m.Id} {Format.Of(m.Cost!.Total!.Value.Amount)}")))); // Known: checked above.
        }

        var currency = string.Join("/", currencies);
        evidence.Add(new Evidence("total (cheapest route)", $"{Format.Of(total)} {currency} for {Format.Of(credentials)} credentials"));
        return MaxCostCheck.Judge(total, currency,
            arguments.Number("max-per-credential") * credentials,
            arguments.Number("partly-max-per-credential") * credentials,
            "The cheapest complete route", evidence);
    }
}
