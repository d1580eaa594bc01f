using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Anyone can enrol: open access, or an open route in (placement, prior learning) despite prerequisites.</summary>
internal sealed class OpenEntryCheck : Check, IMicrocredentialCheck
{
    public override string Name => "open-entry";

    public override string Description => "Entry is open, or an alternative open route exists beside the prerequisites.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var entry = microcredential.Entry;
        if (entry is null)
        {
            return CheckOutcome.Missing(
                "Entry requirements are not recorded.",
                "Record the entry requirements: open access, prerequisites, or an alternative route in.",
                new Evidence("entry", Format.MissingValue));
        }

        var evidence = new[]
        {
            new Evidence("entry.openAccess", Format.Of(entry.OpenAccess)),
            new Evidence("entry.prerequisites", Format.Of(entry.Prerequisites)),
            new Evidence("entry.alternativeRoute", entry.AlternativeRoute ?? Format.MissingValue),
        };
        if (entry.OpenAccess)
        {
            return CheckOutcome.Met("Entry is open to anyone.", evidence);
        }

        return !string.IsNullOrWhiteSpace(entry.AlternativeRoute)
            ? CheckOutcome.Met("Prerequisites apply, with an open alternative route in.", evidence)
            : CheckOutcome.NotMet(
                "Entry requires prerequisites and offers no alternative route.",
                "Offer an open-access route: a placement assessment or credit for prior learning in place of the prerequisites.",
                evidence);
    }
}
