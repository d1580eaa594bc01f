using System.Collections.Frozen;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation;

/// <summary>What an evaluation needs besides the subject: the date it is made as of, the designs a pathway refers to, and labor-market facts.</summary>
public sealed record EvaluationContext
{
    /// <summary>The date the evaluation is made as of; review and update ages are counted to it.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Microcredentials by id, for looking up the stages of a pathway.</summary>
    public IReadOnlyDictionary<string, Microcredential> Microcredentials { get; init; } = FrozenDictionary<string, Microcredential>.Empty;

    /// <summary>The institution's pathways, for judging whether a microcredential belongs to one; empty means unknown.</summary>
    public IReadOnlyList<Pathway> Pathways { get; init; } = [];

    /// <summary>Labor-market facts, or null when none are supplied (labor-market criteria then report not enough information).</summary>
    public ILaborMarketFacts? LaborMarket { get; init; }
}
