using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Credit is portable across institutions: an articulation is recognised by an institution other than the provider.</summary>
internal sealed class CreditPortabilityCheck : Check, IMicrocredentialCheck
{
    public override string Name => "credit-portability";

    public override string Description => "An articulation names another institution; articulation only at the provider is partly met.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var credit = microcredential.Credit;
        if (credit is null)
        {
            return CheckOutcome.Missing("Credit and articulation are not recorded.", "Record the further credentials it counts toward and at which institutions.", new Evidence("credit", Format.MissingValue));
        }

        var provider = microcredential.Provider?.Name;
        var evidence = new[]
        {
            new Evidence("provider.name", provider ?? Format.MissingValue),
            new Evidence("credit.articulations", Format.Of(credit.Articulations.Select(a => $"{a.Credential} at {a.Institution ?? provider ?? "the provider"}").ToList())),
        };
        var external = credit.Articulations.Count(a => a.Institution is { } institution && !string.Equals(institution, provider, StringComparison.OrdinalIgnoreCase));
        const string Recommendation = "Agree recognition of the credit with another institution (a transfer or articulation agreement) so learners can carry it.";
        if (external > 0)
        {
            return CheckOutcome.Met($"{Format.Of(external)} articulations are recognised by other institutions.", evidence);
        }

        return credit.Articulations.Count > 0
            ? CheckOutcome.PartlyMet("It articulates only within the provider.", Recommendation, evidence)
            : CheckOutcome.NotMet("It articulates into no credential at any institution.", Recommendation, evidence);
    }
}
