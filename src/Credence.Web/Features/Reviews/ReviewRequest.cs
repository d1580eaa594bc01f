using Credence.Domain.Common;

namespace Credence.Web.Features.Reviews;

/// <summary>A quality review of a design version: the decision, who reviewed (kind), notes and evidence.</summary>
internal sealed record ReviewRequest(ReviewOutcome? Outcome, ReviewerKind? ReviewerKind = null, string? Notes = null, IReadOnlyList<EvidenceInput>? Evidence = null);
