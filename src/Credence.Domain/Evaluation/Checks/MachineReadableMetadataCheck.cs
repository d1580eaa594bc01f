using Credence.Domain.Common;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The badge carries machine-readable metadata (skills, criteria, issuer) anyone can verify.</summary>
internal sealed class MachineReadableMetadataCheck : PublicationCheck
{
    public override string Name => "machine-readable-metadata";

    public override string Description => "The issued badge carries machine-readable, verifiable metadata.";

    protected override CheckOutcome Judge(Publication publication, CheckArguments arguments)
    {
        var evidence = new Evidence("publication.machineReadableMetadata", Format.Of(publication.MachineReadableMetadata));
        return publication.MachineReadableMetadata
            ? CheckOutcome.Met("The badge carries machine-readable metadata.", evidence)
            : CheckOutcome.NotMet("The badge carries no machine-readable metadata.", "Include the skills (with their O*NET or ESCO alignments), earning criteria and expiry in the badge's metadata.", evidence);
    }
}
