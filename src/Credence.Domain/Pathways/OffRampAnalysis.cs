using Credence.Domain.Common;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;

namespace Credence.Domain.Pathways;

/// <summary>Works out, for each stage and exit of a pathway, the occupations it leads to, what they pay in the pathway's region, their outlook, and whether they clear the region's wage threshold.</summary>
public static class OffRampAnalysis
{
    /// <summary>Analyzes a pathway's off-ramps against labor-market facts.</summary>
    /// <param name="pathway">The pathway.</param>
    /// <param name="microcredentials">Microcredentials by id, for the target occupations of each stage's microcredentials; missing ids are skipped.</param>
    /// <param name="facts">The labor-market facts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OffRampReport Analyze(Pathway pathway, IReadOnlyDictionary<string, Microcredential> microcredentials, ILaborMarketFacts facts)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(microcredentials);
        ArgumentNullException.ThrowIfNull(facts);
        var region = pathway.Region ?? RegionRef.UnitedStates;
        var threshold = facts.FindWageThreshold(region);
        var points = new List<OffRampPoint>();
        foreach (var stage in pathway.Stages)
        {
            var ramps = pathway.OffRamps.Where(r => r.AfterStage == stage.Id).ToList();
            var codes = stage.Microcredentials
                .Select(id => microcredentials.GetValueOrDefault(id))
                .OfType<Microcredential>()
                .SelectMany(m => m.TargetOccupations)
                .Concat(ramps.SelectMany(r => r.Occupations));
            points.Add(new OffRampPoint(
                OffRampPointKind.Stage,
                stage.Id,
                stage.Title ?? stage.Id,
                [.. ramps.Select(r => r.Title).OfType<string>()],
                Occupations(codes, region, threshold, facts)));
        }

        var stageIds = pathway.Stages.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var ramp in pathway.OffRamps.Where(r => !stageIds.Contains(r.AfterStage)))
        {
            points.Add(new OffRampPoint(OffRampPointKind.Stage, ramp.AfterStage, ramp.Title ?? ramp.AfterStage, ramp.Title is null ? [] : [ramp.Title], Occupations(ramp.Occupations, region, threshold, facts)));
        }

        if (pathway.TargetOccupations.Count > 0)
        {
            points.Add(new OffRampPoint(OffRampPointKind.Completion, null, pathway.Title, [], Occupations(pathway.TargetOccupations, region, threshold, facts)));
        }

        return new OffRampReport(pathway.Id, region, threshold, points, facts.Vintage);
    }

    private static List<OffRampOccupation> Occupations(IEnumerable<string> codes, RegionRef region, WageThreshold? threshold, ILaborMarketFacts facts)
    {
        var result = new List<OffRampOccupation>();
        foreach (var code in codes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal))
        {
            var occupation = facts.FindOccupation(code);
            var wages = facts.FindWages(code, region);
            var outlook = facts.FindOutlook(code);
            bool? clears = threshold is null || wages?.MedianAnnual is null ? null : wages.MedianAnnual >= threshold.AnnualAmount;
            var sources = new[] { occupation?.Source, wages?.Source, outlook?.Source, threshold?.Source }
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            result.Add(new OffRampOccupation(code, occupation?.Title, wages, outlook, clears, sources));
        }

        return result;
    }
}
