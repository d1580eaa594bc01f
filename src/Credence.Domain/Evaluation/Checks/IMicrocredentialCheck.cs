using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A check that judges a microcredential.</summary>
internal interface IMicrocredentialCheck
{
    /// <summary>Judges the microcredential.</summary>
    CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context);
}
