namespace Credence.Domain.Pathways;

/// <summary>A point of a pathway where a learner can take a job: after a stage, or on completing the pathway.</summary>
/// <param name="Kind">A stage or the completion of the pathway.</param>
/// <param name="StageId">The stage, for a stage point.</param>
/// <param name="Title">The stage's (or pathway's) title.</param>
/// <param name="ExitTitles">The titles of the pathway's exits after the stage.</param>
/// <param name="Occupations">The occupations reachable at this point: the targets of the stage's microcredentials and of its exits.</param>
public sealed record OffRampPoint(OffRampPointKind Kind, string? StageId, string Title, IReadOnlyList<string> ExitTitles, IReadOnlyList<OffRampOccupation> Occupations)
{
    /// <summary>True when at least one occupation's median wage clears the threshold, false when none does, null when no wage could be compared.</summary>
    public bool? ClearsThreshold =>
        Occupations.Any(o => o.ClearsThreshold == true) ? true
        : Occupations.Any(o => o.ClearsThreshold == false) ? false
        : null;
}
