using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The target occupations have demand: at least a minimum number of projected annual openings.</summary>
internal sealed class LaborDemandCheck : LaborMarketCheck
{
    public override string Name => "labor-demand";

    public override string Description => "Each target occupation has at least the minimum projected annual openings.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("min-annual-openings", ParameterKind.Number, "1000", "The least projected average annual openings."),
    ];

    protected override CheckOutcome Judge(IReadOnlyList<string> occupations, RegionRef region, ILaborMarketFacts facts, CheckArguments arguments)
    {
        var minimum = arguments.Number("min-annual-openings");
        var evidence = new List<Evidence>(occupations.Count);
        int passing = 0, decided = 0;
        foreach (var soc in occupations)
        {
            var outlook = facts.FindOutlook(soc);
            if (outlook?.AnnualOpenings is not { } openings)
            {
                evidence.Add(new Evidence($"annual openings {soc}", Format.MissingValue));
                continue;
            }

            decided++;
            evidence.Add(new Evidence($"annual openings {soc}", $"{Format.Of(openings)} ({outlook.Period})", outlook.Source));
            if (openings >= minimum)
            {
                passing++;
            }
        }

        return Combine(passing, decided, occupations.Count, "openings",
            $"Target occupations with at least {Format.Of(minimum)} openings a year.", evidence);
    }
}
