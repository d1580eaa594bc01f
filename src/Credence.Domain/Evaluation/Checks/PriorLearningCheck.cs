using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Learners can advance on skills they already have: credit for prior learning is accepted.</summary>
internal sealed class PriorLearningCheck : Check, IMicrocredentialCheck
{
    public override string Name => "prior-learning";

    public override string Description => "Credit for prior learning is accepted toward the credential.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        if (microcredential.Credit is not { } credit)
        {
            return CheckOutcome.Missing("Credit is not recorded.", "Record whether credit for prior learning is accepted.", new Evidence("credit", Format.MissingValue));
        }

        var evidence = new Evidence("credit.priorLearningAccepted", Format.Of(credit.PriorLearningAccepted));
        return credit.PriorLearningAccepted
            ? CheckOutcome.Met("Credit for prior learning is accepted.", evidence)
            : CheckOutcome.NotMet("Credit for prior learning is not accepted.", "Let learners demonstrate competencies they already hold (assessment of prior learning) and advance on mastery.", evidence);
    }
}
