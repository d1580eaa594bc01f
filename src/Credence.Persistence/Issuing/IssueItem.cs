using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>One credential to sign: for whom, on which results and award, under which idempotency key.</summary>
internal sealed record IssueItem(Learner Learner, IReadOnlyList<AssessmentResult> Results, DateTimeOffset ValidFrom, string IdempotencyKey)
{
    public long? ReplacesId { get; init; }
}
