using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>What recording results led to: problems (nothing recorded), or the results recorded and, when the award rule is now met, the award.</summary>
/// <param name="Problems">Every problem with the request; empty when the results were recorded.</param>
/// <param name="Award">The learner's award for the version, when the award rule is met (new or earlier).</param>
/// <param name="Outstanding">The competencies not yet mastered at their required level.</param>
public sealed record MasteryOutcome(IReadOnlyList<IssuingProblem> Problems, Award? Award, IReadOnlyList<string> Outstanding)
{
    /// <summary>Gets a value indicating whether the results were recorded.</summary>
    public bool Succeeded => Problems.Count == 0;
}
