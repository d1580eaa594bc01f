using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every credential of the pathway is listed in a searchable catalog.</summary>
internal sealed class PathwayCredentialsDiscoverableCheck : Check, IPathwayCheck
{
    public override string Name => "pathway-credentials-discoverable";

    public override string Description => "Every microcredential of the pathway is listed in the catalog; some is partly met.";

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context) =>
        PathwayShare.Judge(pathway, context, m => m.Publication?.CatalogListed, "publication.catalogListed",
            "listed in the catalog", "List every credential of the pathway in the catalog, linked to the pathway.");
}
