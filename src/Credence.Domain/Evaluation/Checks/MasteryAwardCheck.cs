using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The credential is awarded on mastery of every competency, never on seat time alone.</summary>
internal sealed class MasteryAwardCheck : Check, IMicrocredentialCheck
{
    public override string Name => "mastery-award";

    public override string Description => "The award rule requires mastery of every competency at its level; a seat-time rule is flagged.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var rule = microcredential.AwardRule;
        if (rule is null)
        {
            return CheckOutcome.Missing("The award rule is not recorded.", "State when the credential is awarded: on mastery of every competency at its required level.", new Evidence("awardRule", Format.MissingValue));
        }

        var evidence = new[]
        {
            new Evidence("awardRule.masteryOfAllCompetencies", Format.Of(rule.MasteryOfAllCompetencies)),
            new Evidence("awardRule.requiredSeatHours", Format.Of(rule.RequiredSeatHours)),
        };
        if (rule.MasteryOfAllCompetencies)
        {
            return CheckOutcome.Met("The credential is awarded on mastery of every competency.", evidence);
        }

        const string Recommendation = "Award the credential when every competency is demonstrated at its required level, not for attendance.";
        return rule.IsSeatTimeOnly
            ? CheckOutcome.NotMet($"The credential is awarded for {Format.Of(rule.RequiredSeatHours)} hours of attendance without requiring mastery (seat time).", Recommendation, evidence)
                .WithCode(RuleCodes.SeatTimeAward)
            : CheckOutcome.NotMet("The award rule does not require mastery of every competency.", Recommendation, evidence);
    }
}
