using Credence.Domain.Evaluation.Checks;
using Credence.Domain.Frameworks;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation;

/// <summary>Judges a microcredential or pathway against a value framework and returns its scorecard; pure (the date comes in the context).</summary>
/// <remarks>
/// Met scores 1, partly met 0.5, not met 0, each times its criterion's weight; a principle's score is the weighted share of its decided
/// criteria (0–100); not enough information is left out of the score and counted apart. The overall score is the mean of the principle
/// scores weighted by the principles' weights. Either is null when nothing could be decided.
/// </remarks>
public static class Evaluator
{
    /// <summary>Judges a microcredential.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The framework does not apply to microcredentials, or it names an unknown check or parameter.</exception>
    public static Scorecard Evaluate(Microcredential microcredential, ValueFramework framework, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(microcredential);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(context);
        Require(framework, SubjectKind.Microcredential);
        return CompiledFramework.For(framework).Evaluate(
            microcredential,
            SubjectKind.Microcredential,
            microcredential.Id,
            microcredential.Title,
            microcredential.Attestations,
            static (check, m, arguments, c) => ((IMicrocredentialCheck)check).Evaluate(m, arguments, c),
            context);
    }

    /// <summary>Judges a pathway; its stages' microcredentials are looked up in <see cref="EvaluationContext.Microcredentials"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The framework does not apply to pathways, or it names an unknown check or parameter.</exception>
    public static Scorecard Evaluate(Pathway pathway, ValueFramework framework, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(context);
        Require(framework, SubjectKind.Pathway);
        return CompiledFramework.For(framework).Evaluate(
            pathway,
            SubjectKind.Pathway,
            pathway.Id,
            pathway.Title,
            pathway.Attestations,
            static (check, p, arguments, c) => ((IPathwayCheck)check).Evaluate(p, arguments, c),
            context);
    }

    /// <summary>Whether the framework judges this kind of subject.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static bool AppliesTo(ValueFramework framework, SubjectKind kind)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework.AppliesTo.Contains(kind);
    }

    private static void Require(ValueFramework framework, SubjectKind kind)
    {
        if (!AppliesTo(framework, kind))
        {
            throw new ArgumentException($"Framework '{framework.Id}' does not apply to {kind}.", nameof(framework));
        }
    }
}
