using Credence.Persistence.Entities;
using Credence.Web.Features.Designs;

namespace Credence.Web.Features.Reviews;

/// <summary>A design version's review: its scorecards (one per framework, with the framework version and data vintage used) and, for the institution's staff, the attestations and reviews on record.</summary>
internal sealed record ScorecardReviewResponse(
    string Institution,
    string Id,
    DesignKind Kind,
    int Version,
    DesignVersionStatus Status,
    string Title,
    IReadOnlyList<VersionSummary> Versions,
    IReadOnlyList<ScorecardResponse> Scorecards,
    IReadOnlyList<AttestationResponse>? Attestations,
    IReadOnlyList<ReviewResponse>? Reviews);
