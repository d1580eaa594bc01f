using Credence.Web.Features.Designs;

namespace Credence.Web.Features.Reviews;

/// <summary>The answer to a recorded attestation: the attestation and the version's scorecards made with it.</summary>
internal sealed record AttestationRecorded(AttestationResponse Attestation, IReadOnlyList<ScorecardResponse> Scorecards);
