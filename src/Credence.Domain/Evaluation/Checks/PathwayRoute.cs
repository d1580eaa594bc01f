using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A pathway's stages with their microcredentials looked up in the evaluation context.</summary>
internal sealed class PathwayRoute
{
    private PathwayRoute(IReadOnlyList<ResolvedStage> stages, IReadOnlyList<string> unresolved)
    {
        Stages = stages;
        Unresolved = unresolved;
        All = stages.SelectMany(s => s.Microcredentials).DistinctBy(m => m.Id).ToList();
    }

    public IReadOnlyList<ResolvedStage> Stages { get; }

    /// <summary>Every microcredential the pathway names, once.</summary>
    public IReadOnlyList<Microcredential> All { get; }

    /// <summary>Ids named by a stage that the context does not hold.</summary>
    public IReadOnlyList<string> Unresolved { get; }

    public static PathwayRoute Resolve(Pathway pathway, EvaluationContext context)
    {
        var stages = new List<ResolvedStage>(pathway.Stages.Count);
        var unresolved = new List<string>();
        foreach (var stage in pathway.Stages)
        {
            var found = new List<Microcredential>(stage.Microcredentials.Count);
            foreach (var id in stage.Microcredentials)
            {
                if (context.Microcredentials.TryGetValue(id, out var microcredential))
                {
                    found.Add(microcredential);
                }
                else if (!unresolved.Contains(id))
                {
                    unresolved.Add(id);
                }
            }

            stages.Add(new ResolvedStage(stage, found));
        }

        return new PathwayRoute(stages, unresolved);
    }

    public CheckOutcome UnresolvedOutcome() =>
        CheckOutcome.Missing(
            $"The pathway names microcredentials that were not supplied: {string.Join(", ", Unresolved)}.",
            "Evaluate the pathway together with the microcredentials its stages name.",
            new Evidence("stages[*].microcredentials (not found)", string.Join(", ", Unresolved)))
        .WithCode(RuleCodes.UnresolvedReference);

    public static CheckOutcome NoStagesOutcome() =>
        CheckOutcome.Missing("The pathway has no stages.", "Record the pathway's stages and the microcredentials of each.", new Evidence("stages", "none"));
}
