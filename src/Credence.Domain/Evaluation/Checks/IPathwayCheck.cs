using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A check that judges a pathway.</summary>
internal interface IPathwayCheck
{
    /// <summary>Judges the pathway.</summary>
    CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context);
}
