using Credence.Credentials.Documents;
using Credence.Domain.Microcredentials;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>Everything an OpenBadgeCredential is built from: the published version's record, the issuer, the learner and their results.</summary>
public sealed record CredentialBuildInput
{
    /// <summary>Gets the published version's record.</summary>
    public required Microcredential Microcredential { get; init; }

    /// <summary>Gets the published version's number.</summary>
    public required int VersionNumber { get; init; }

    /// <summary>Gets the issuing institution.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Gets the issuer's DID.</summary>
    public required string IssuerId { get; init; }

    /// <summary>Gets the learner.</summary>
    public required Learner Learner { get; init; }

    /// <summary>Gets the learner's results for the version (the latest per competency counts).</summary>
    public required IReadOnlyList<AssessmentResult> Results { get; init; }

    /// <summary>Gets the credential's id (written as <c>urn:uuid:</c>).</summary>
    public required Guid CredentialId { get; init; }

    /// <summary>Gets when the credential becomes valid (the award date).</summary>
    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>Gets the status list entry.</summary>
    public required BitstringStatusListEntry Status { get; init; }

    /// <summary>Gets the public addresses.</summary>
    public required IssuingUrls Urls { get; init; }

    /// <summary>Gets the salt of the hashed e-mail identifier (random per credential, so the hash cannot be looked up).</summary>
    public required string IdentitySalt { get; init; }
}
