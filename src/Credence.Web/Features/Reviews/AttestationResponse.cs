namespace Credence.Web.Features.Reviews;

/// <summary>An attestation on record: the version it was made on, the criterion, the verdict, who and when, notes and evidence.</summary>
internal sealed record AttestationResponse(
    long Id, int Version, string CriterionId, bool Confirmed, string? Notes, string AttestedBy, DateTimeOffset AttestedAt, IReadOnlyList<EvidenceInput> Evidence);
