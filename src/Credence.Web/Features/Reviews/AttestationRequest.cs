namespace Credence.Web.Features.Reviews;

/// <summary>A reviewer's attestation of a criterion that needs human judgement: whether it is met, why, and the evidence.</summary>
internal sealed record AttestationRequest(string? CriterionId, bool? Confirmed, string? Notes = null, IReadOnlyList<EvidenceInput>? Evidence = null);
