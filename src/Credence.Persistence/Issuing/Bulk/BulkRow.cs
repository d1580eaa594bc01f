namespace Credence.Persistence.Issuing.Bulk;

/// <summary>A valid CSV row: the learner, the results per competency and what the credential is dated.</summary>
internal sealed record BulkRow(int Row, string RowId, string Email, string Name, IReadOnlyList<CompetencyResult> Results, DateTimeOffset? IssueDate)
{
    public string IdempotencyKey(string microcredentialId) => $"bulk:{microcredentialId}:{Email}:{RowId}";
}
