using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The target occupations pay at least the region's wage threshold (the institution's livable wage, or the labelled default benchmark).</summary>
internal sealed class LaborWagesCheck : LaborMarketCheck
{
    public override string Name => "labor-wages";

    public override string Description => "Each target occupation's regional wage (median or 25th percentile) is at least the region's wage threshold.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("wage-measure", ParameterKind.Text, "median", "Which wage is compared: median or percentile-25.", ["median", "percentile-25"]),
    ];

    protected override bool NeedsRegion => true;

    protected override CheckOutcome Judge(IReadOnlyList<string> occupations, RegionRef region, ILaborMarketFacts facts, CheckArguments arguments)
    {
        if (facts.FindWageThreshold(region) is not { } threshold)
        {
            return CheckOutcome.Missing($"No wage threshold is known for {region}.", "Set the institution's livable wage for the region, or use data with a regional benchmark.", new Evidence("region", region.ToString()))
                .WithCode(RuleCodes.NoLaborMarketFacts);
        }

        var median = arguments.Text("wage-measure") == "median";
        var evidence = new List<Evidence>(occupations.Count + 1)
        {
            new("wage threshold", $"{threshold.Label}: {Format.Of(threshold.AnnualAmount)}", threshold.Source),
        };
        int passing = 0, decided = 0;
        foreach (var soc in occupations)
        {
            var wages = facts.FindWages(soc, region);
            var wage = median ? wages?.MedianAnnual : wages?.Percentile25Annual;
            if (wages is null || wage is null)
            {
                evidence.Add(new Evidence($"wages {soc}", Format.MissingValue));
                continue;
            }

            decided++;
            var topCoded = median && wages.MedianIsTopCoded ? " or more" : string.Empty;
            evidence.Add(new Evidence($"wages {soc} ({wages.AreaName})", $"{(median ? "median" : "25th percentile")} {Format.Of(wage.Value)}{topCoded}", wages.Source));
            if (wage.Value >= threshold.AnnualAmount)
            {
                passing++;
            }
        }

        return Combine(passing, decided, occupations.Count, "wage",
            $"Target occupations that pay at least {threshold.Label.ToLowerInvariant()} ({Format.Of(threshold.AnnualAmount)}), or add an off-ramp to one.", evidence);
    }
}
