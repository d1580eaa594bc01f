using Credence.Domain.Common;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A check of the target occupations against labor-market facts; without facts, occupations or a region it reports not enough information.</summary>
internal abstract class LaborMarketCheck : Check, IMicrocredentialCheck, IPathwayCheck
{
    /// <summary>Whether the check needs a region (wages do, national outlook does not).</summary>
    protected virtual bool NeedsRegion => false;

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context) =>
        Evaluate(microcredential.TargetOccupations, microcredential.Region, arguments, context);

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context) =>
        Evaluate(Occupations(pathway), pathway.Region, arguments, context);

    /// <summary>A pathway's occupations: its targets and those of its off-ramps, once each.</summary>
    public static IReadOnlyList<string> Occupations(Pathway pathway) =>
        pathway.TargetOccupations.Concat(pathway.OffRamps.SelectMany(o => o.Occupations)).Distinct(StringComparer.Ordinal).ToList();

    private CheckOutcome Evaluate(IReadOnlyList<string> occupations, RegionRef? region, CheckArguments arguments, EvaluationContext context)
    {
        if (occupations.Count == 0)
        {
            return CheckOutcome.Missing("No target occupations are named.", "Name the occupations it prepares for by SOC code.", new Evidence("targetOccupations", "none"));
        }

        if (NeedsRegion && region is null)
        {
            return CheckOutcome.Missing("The labor-market region is not recorded.", "Record the region it serves (country and state).", new Evidence("region", Format.MissingValue));
        }

        if (context.LaborMarket is not { } facts)
        {
            return CheckOutcome.Missing(
                    "No labor-market facts were supplied to the evaluation.",
                    "Evaluate with labor-market data (wages, outlook) for the region.",
                    new Evidence("labor market", "none supplied"))
                .WithCode(RuleCodes.NoLaborMarketFacts);
        }

        return Judge(occupations, region ?? RegionRef.UnitedStates, facts, arguments);
    }

    protected abstract CheckOutcome Judge(IReadOnlyList<string> occupations, RegionRef region, ILaborMarketFacts facts, CheckArguments arguments);

    /// <summary>Reduces per-occupation verdicts: all pass is met, some is partly met, none is not met; occupations without facts are left out.</summary>
    protected static CheckOutcome Combine(int passing, int decided, int total, string what, string recommendation, List<Evidence> evidence)
    {
        if (decided == 0)
        {
            return CheckOutcome.Missing($"The labor-market facts hold no {what} figures for the target occupations.", "Check the occupation codes, or evaluate with data that covers them.", evidence)
                .WithCode(RuleCodes.NoLaborMarketFacts);
        }

        var summary = $"{Format.Of(passing)} of {Format.Of(decided)} target occupations with {what} figures pass" +
            (decided < total ? $" ({Format.Of(total - decided)} without figures)." : ".");
        if (passing == decided)
        {
            return CheckOutcome.Met(summary, evidence);
        }

        return passing > 0 ? CheckOutcome.PartlyMet(summary, recommendation, evidence) : CheckOutcome.NotMet(summary, recommendation, evidence);
    }
}
