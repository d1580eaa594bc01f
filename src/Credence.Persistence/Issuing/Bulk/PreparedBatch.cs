using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing.Bulk;

/// <summary>A batch ready to store once its signing (already running) finishes: the rows to issue and the rows skipped.</summary>
internal sealed record PreparedBatch(
    List<BulkRow> Rows,
    int Skipped,
    List<Learner> NewLearners,
    List<IssueItem> Items,
    List<Award> Awards,
    Task<IReadOnlyList<SignedItem>> Signing);
