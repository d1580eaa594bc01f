using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Which pathways list each microcredential, built once per list of pathways handed to the evaluator.</summary>
/// <remarks>Looking a microcredential up in every stage of every pathway for each evaluation made large portfolios quadratic.</remarks>
internal static class PathwayIndex
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Pathway>, FrozenDictionary<string, string[]>> Cache = [];

    public static IReadOnlyList<string> PathwaysContaining(IReadOnlyList<Pathway> pathways, string microcredentialId) =>
        Cache.GetValue(pathways, Build).GetValueOrDefault(microcredentialId) ?? [];

    private static FrozenDictionary<string, string[]> Build(IReadOnlyList<Pathway> pathways) =>
        pathways
            .SelectMany(p => p.Stages.SelectMany(s => s.Microcredentials).Distinct(StringComparer.Ordinal).Select(m => (Microcredential: m, Pathway: p.Id)))
            .GroupBy(x => x.Microcredential, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Pathway).ToArray(), StringComparer.Ordinal);
}
