using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A check of the publication record of a microcredential or pathway; a missing publication record is not enough information.</summary>
internal abstract class PublicationCheck : Check, IMicrocredentialCheck, IPathwayCheck
{
    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context) =>
        Evaluate(microcredential.Publication, arguments);

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context) =>
        Evaluate(pathway.Publication, arguments);

    private CheckOutcome Evaluate(Publication? publication, CheckArguments arguments) =>
        publication is null
            ? CheckOutcome.Missing("The publication record is missing.", "Record where it is published: public page, catalog listing, digital badge.", new Evidence("publication", Format.MissingValue))
            : Judge(publication, arguments);

    protected abstract CheckOutcome Judge(Publication publication, CheckArguments arguments);
}
