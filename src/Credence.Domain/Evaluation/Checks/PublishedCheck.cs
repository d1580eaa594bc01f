using Credence.Domain.Common;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>It is digitally discoverable: a public page and a searchable catalog listing.</summary>
internal sealed class PublishedCheck : PublicationCheck
{
    public override string Name => "published";

    public override string Description => "A public page and (when required) a catalog listing; one of the two is partly met.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("require-catalog", ParameterKind.Boolean, "true", "Whether a catalog listing is needed beside the public page."),
    ];

    protected override CheckOutcome Judge(Publication publication, CheckArguments arguments)
    {
        var evidence = new[] { new Evidence("publication.publicUrl", publication.PublicUrl ?? Format.MissingValue), new Evidence("publication.catalogListed", Format.Of(publication.CatalogListed)) };
        var page = !string.IsNullOrWhiteSpace(publication.PublicUrl);
        var catalog = publication.CatalogListed || !arguments.Flag("require-catalog");
        if (page && catalog)
        {
            return CheckOutcome.Met("It has a public page and is listed in the catalog.", evidence);
        }

        const string Recommendation = "Publish a public page and list it in a searchable catalog so learners and employers can find it.";
        return page || publication.CatalogListed
            ? CheckOutcome.PartlyMet(page ? "It has a public page but no catalog listing." : "It is listed in the catalog but has no public page.", Recommendation, evidence)
            : CheckOutcome.NotMet("It has neither a public page nor a catalog listing.", Recommendation, evidence);
    }
}
