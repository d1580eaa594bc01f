using Credence.Domain.Common;

namespace Credence.Web.Features.Reviews;

/// <summary>A review on record: the version it judged, the decision, the reviewer, notes and evidence.</summary>
internal sealed record ReviewResponse(
    long Id, int Version, ReviewOutcome Outcome, ReviewerKind ReviewerKind, string Reviewer, string? Notes, DateTimeOffset ReviewedAt, IReadOnlyList<EvidenceInput> Evidence);
